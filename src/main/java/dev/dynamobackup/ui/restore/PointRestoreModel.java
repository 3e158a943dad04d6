package dev.dynamobackup.ui.restore;

import javafx.beans.binding.ObjectBinding;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.EncryptionChoice;
import dev.dynamobackup.model.ReplayItem;
import dev.dynamobackup.model.SourceSettings;
import dev.dynamobackup.model.awsbackup.RecoveryPoint;
import dev.dynamobackup.service.ErrorMessages;
import dev.dynamobackup.service.RestoreValidator;
import dev.dynamobackup.service.awsbackup.AwsBackupRules;
import dev.dynamobackup.service.awsbackup.SelectionService;
import dev.dynamobackup.service.validation.ProblemText;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.Formats;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.common.Problems;
import dev.dynamobackup.ui.session.UiEvent;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The recovery-point restore wizard (AWS Backup's StartRestoreJob to a new table): the name, checked
 * live and free; what the DynamoDB restore metadata can set (the key: AWS owned by default, or a
 * customer managed KMS key) and the IAM role; the settings replay. Everything else is restored as
 * backed up. No nodes here; every call runs through the task runner.
 */
public final class PointRestoreModel {
    private final UiContext ctx;
    private final ConnectionTarget target;
    private final RecoveryPoint point;
    private final TargetNameModel targetName;
    private final ReplayChoice replay;
    private final ObjectProperty<EncryptionChoice> encryption = new SimpleObjectProperty<>(EncryptionChoice.AWS_OWNED);
    private final StringProperty kmsKeyArn = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final ObjectBinding<Optional<String>> problem;

    public PointRestoreModel(UiContext ctx, ConnectionTarget target, RecoveryPoint point) {
        this.ctx = ctx;
        this.target = target;
        this.point = point;
        this.targetName = new TargetNameModel(ctx, target);
        this.replay = new ReplayChoice(ctx);
        this.problem = Problems.binding(this::findProblem, encryption, kmsKeyArn, role);
        targetName.suggest(point.resourceName());
        if (point.resourceName() == null) replay.sourceGone(point.resourceArn());
        else replay.capture(sourceTarget(), point.resourceName());
    }

    /**
     * Where the backed-up table lives: the region in its ARN. A copy restored in another region
     * replays the settings its source table has in the region it came from.
     */
    ConnectionTarget sourceTarget() {
        String[] parts = point.resourceArn() == null ? new String[0] : point.resourceArn().split(":");
        return parts.length > 3 && !parts[3].isEmpty() && !parts[3].equals(target.region())
                ? new ConnectionTarget(target.connection(), parts[3]) : target;
    }

    private Optional<String> findProblem() {
        if (encryption.get() == EncryptionChoice.CUSTOMER_MANAGED) {
            Optional<String> key = RestoreValidator.kmsKeyArn(kmsKeyArn.get()).map(ProblemText::of);
            if (key.isPresent()) return key;
        }
        return roleArn() == null ? Optional.empty() : AwsBackupRules.roleArn(roleArn());
    }

    /** The role to pass, or null for the account's service-role/AWSBackupDefaultServiceRole. */
    public String roleArn() {
        String r = role.get() == null ? "" : role.get().strip();
        return r.isEmpty() ? null : r;
    }

    /** The customer managed key to send, or null for the AWS owned key (the restore's default). */
    public String chosenKey() {
        return encryption.get() == EncryptionChoice.CUSTOMER_MANAGED ? kmsKeyArn.get().strip() : null;
    }

    /**
     * Sends StartRestoreJob (the service checks the name free again first), then announces the job:
     * the Jobs view follows it with the app's one poller and records the restore time; once it is
     * COMPLETED and the table ACTIVE the chosen settings are replayed.
     */
    public void start() {
        String name = targetName.name();
        String key = chosenKey();
        String roleArn = roleArn();
        SourceSettings source = replay.sourceProperty().get();
        Set<ReplayItem> items = replay.chosen();
        ctx.tasks().run(I18n.t("points.task.restore", point.arn(), name),
                p -> ctx.services().awsBackup().jobs().startRestore(target, point.arn(), name, roleArn, key),
                started -> {
                    new RestoreTracker(ctx, target).followJob(started, name, source, items);
                    ctx.events().publish(new UiEvent.AwsBackupJobStarted(target, started));
                    ctx.dialogs().notify(I18n.t("points.restoreStarted.title"), I18n.t("points.restoreStarted.text", name, started.id()));
                },
                failure -> ctx.dialogs().showError(I18n.t("points.restore.failed"), ErrorMessages.of(failure, target)));
    }

    /** The review page's "what will be sent" rows. */
    List<Map.Entry<String, String>> rows() {
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        rows.add(Map.entry(I18n.t("restore.review.operation"), I18n.t("points.review.operation")));
        rows.add(Map.entry(I18n.t("points.review.point"), I18n.t("points.review.pointValue", String.valueOf(point.resourceName()),
                point.created() == null ? "" : Formats.local(point.created()), point.vaultName(), point.arn())));
        rows.add(Map.entry(I18n.t("restore.review.target"), targetName.name() + "  (" + target.region() + ")"));
        rows.add(Map.entry(I18n.t("restore.review.settings"), I18n.t("points.review.asBackedUp")));
        rows.add(Map.entry(I18n.t("restore.review.encryption"), chosenKey() == null ? I18n.t("restore.settings.sseOwned")
                : I18n.t("restore.review.customerKey", chosenKey())));
        rows.add(Map.entry(I18n.t("points.review.role"), roleArn() != null ? roleArn()
                : I18n.t("points.review.defaultRole", SelectionService.DEFAULT_ROLE_PATH)));
        return rows;
    }

    public RecoveryPoint point() {
        return point;
    }

    public ConnectionTarget target() {
        return target;
    }

    public TargetNameModel targetName() {
        return targetName;
    }

    public ReplayChoice replay() {
        return replay;
    }

    /** AWS_OWNED (no key in the metadata) or CUSTOMER_MANAGED (encryptionType KMS with kmsMasterKeyArn). */
    public ObjectProperty<EncryptionChoice> encryptionProperty() {
        return encryption;
    }

    public StringProperty kmsKeyArnProperty() {
        return kmsKeyArn;
    }

    /** Blank: the account's default AWS Backup role. */
    public StringProperty roleProperty() {
        return role;
    }

    /** What is wrong with the key or the role; empty when the job can be sent. */
    public ObjectBinding<Optional<String>> problemBinding() {
        return problem;
    }
}
