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
}
