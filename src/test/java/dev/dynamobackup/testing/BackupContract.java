package dev.dynamobackup.testing;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.aws.ClientOptions;
import dev.dynamobackup.aws.EmbeddedSandbox;
import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionTarget;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

import java.nio.file.Path;

/** A test's handle on the AWS Backup contract server (and the moto behind it). */
public final class BackupContract {
    private final BackupContractServer server = BackupContractServer.get();
    private final Moto moto = new Moto(MotoServer.get());

    public BackupContractServer server() {
        return server;
    }

    /** Fixtures (tables, items) go straight to moto. */
    public Moto moto() {
        return moto;
    }

    public ConnectionTarget target(String region) {
        return new ConnectionTarget(Connection.endpoint(server.endpoint(), "us-east-1"), region);
    }

    public AwsClients clients(Path sandboxDir, ExecutionInterceptor... recorders) {
        return new AwsClients(ClientOptions.forTests(recorders), new EmbeddedSandbox(sandboxDir, c -> { }));
    }

    /** The app's settings for a window connected to this server, in {@code region}. */
    public dev.dynamobackup.settings.Settings appSettings(String region) {
        return dev.dynamobackup.ui.UiHarness.onEndpoint(server.endpoint(), region);
    }

    /** Makes {@code vault} and an on-demand recovery point of {@code table} in it, through the app's services; its ARN. */
    public String onDemandPoint(dev.dynamobackup.service.AppServices services, ConnectionTarget target, String vault, String table)
            throws InterruptedException {
        services.awsBackup().vaults().create(target, vault, null);
        String tableArn = services.awsBackup().selections().tableArn(target, table);
        var started = services.awsBackup().jobs().startBackup(target, tableArn, vault, null, null);
        return services.awsBackup().jobs().await(target, started, java.time.Duration.ofMillis(20), java.time.Duration.ofSeconds(10))
                .recoveryPointArn();
    }
}
