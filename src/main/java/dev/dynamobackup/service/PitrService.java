package dev.dynamobackup.service;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.aws.UnsupportedByEndpointException;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.Problem;
import dev.dynamobackup.model.PitrWindow;
import software.amazon.awssdk.services.dynamodb.model.ContinuousBackupsDescription;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryDescription;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryStatus;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Point-in-time recovery of one table: read the window, enable with a recovery period, change the
 * period, disable. Plain Java; callers run it off the FX thread.
 */
public final class PitrService {
    /** us-east-1 list price of PITR per GB-month of table size; shown as an estimate only. */
    public static final double PRICE_PER_GB_MONTH = 0.20;
    private static final double GB = 1024d * 1024 * 1024;

    private final AwsClients clients;

    public PitrService(AwsClients clients) {
        this.clients = clients;
    }

    /** DescribeContinuousBackups: status, recovery period, earliest and latest restorable time. */
    public PitrWindow describe(ConnectionTarget target, String tableName) {
        requireSupported(target);
        ContinuousBackupsDescription d = clients.dynamoDb(target)
                .describeContinuousBackups(b -> b.tableName(tableName)).continuousBackupsDescription();
        return toWindow(d);
    }

    /** Turns PITR on with {@code days} of recovery period (1 to 35); also changes the period when already on. */
    public PitrWindow enable(ConnectionTarget target, String tableName, int days) {
        RestoreValidator.recoveryPeriod(days).ifPresent(problem -> {
            throw new RestoreRefusedException(problem, Problem.of("recoveryPeriod.todo"));
        });
        requireSupported(target);
        return checkedUpdate(target, tableName, () -> toWindow(clients.dynamoDbWrites(target).updateContinuousBackups(b -> b
                .tableName(tableName)
                .pointInTimeRecoverySpecification(s -> s.pointInTimeRecoveryEnabled(true).recoveryPeriodInDays(days)))
                .continuousBackupsDescription()), w -> w.enabled() && w.recoveryPeriodDays() == days);
    }

    /** Turns PITR off. Turning it on again later starts a new, empty window. */
    public PitrWindow disable(ConnectionTarget target, String tableName) {
        requireSupported(target);
        return checkedUpdate(target, tableName, () -> toWindow(clients.dynamoDbWrites(target).updateContinuousBackups(b -> b
                .tableName(tableName).pointInTimeRecoverySpecification(s -> s.pointInTimeRecoveryEnabled(false)))
                .continuousBackupsDescription()), w -> !w.enabled());
    }

    /** UpdateContinuousBackups sent once; after an unanswered one, DescribeContinuousBackups says whether it took. */
    private PitrWindow checkedUpdate(ConnectionTarget target, String tableName, Supplier<PitrWindow> update,
                                     Predicate<PitrWindow> asAsked) {
        return CheckedWrite.resendable("UpdateContinuousBackups " + tableName, update,
                () -> Optional.of(describe(target, tableName)).filter(asAsked),
                new CheckedWrite.Sentences(OutcomeText.t("pitr.notFound", tableName), OutcomeText.t("pitr.todo"),
                        OutcomeText.t("pitr.unknown", tableName), OutcomeText.t("pitr.todo")));
    }

    /** A monthly cost estimate for PITR on a table of {@code sizeBytes}: size in GB × $0.20. */
    public static double monthlyEstimate(long sizeBytes) {
        return sizeBytes / GB * PRICE_PER_GB_MONTH;
    }

    private void requireSupported(ConnectionTarget target) {
        var caps = clients.capabilities(target.connection());
        if (!caps.pointInTimeRecovery()) throw new UnsupportedByEndpointException(caps.reason());
    }

    static PitrWindow toWindow(ContinuousBackupsDescription d) {
        PointInTimeRecoveryDescription p = d == null ? null : d.pointInTimeRecoveryDescription();
        if (p == null || p.pointInTimeRecoveryStatus() != PointInTimeRecoveryStatus.ENABLED) return PitrWindow.DISABLED;
        int days = p.recoveryPeriodInDays() == null ? PitrWindow.MAX_DAYS : p.recoveryPeriodInDays();
        return new PitrWindow(true, days, p.earliestRestorableDateTime(), p.latestRestorableDateTime());
    }
}
