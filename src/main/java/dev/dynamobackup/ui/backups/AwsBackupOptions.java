package dev.dynamobackup.ui.backups;

import dev.dynamobackup.model.awsbackup.Lifecycle;
import dev.dynamobackup.service.awsbackup.AwsBackupRules;
import dev.dynamobackup.ui.common.I18n;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Optional;

/**
 * The "Backup with AWS Backup" options of the create-backup wizard: vault, IAM role (blank: the
 * account's AWSBackupDefaultServiceRole) and lifecycle, checked with the service's own rules before
 * any StartBackupJob is sent. No nodes here.
 */
public final class AwsBackupOptions {
    private final StringProperty vault = new SimpleStringProperty("Default");
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty coldAfter = new SimpleStringProperty("");
    private final StringProperty deleteAfter = new SimpleStringProperty("");

    public StringProperty vaultProperty() {
        return vault;
    }

    public StringProperty roleProperty() {
        return role;
    }

    /** Days until cold storage; blank: never. */
    public StringProperty coldAfterProperty() {
        return coldAfter;
    }

    /** Days until deletion; blank: kept until deleted. */
    public StringProperty deleteAfterProperty() {
        return deleteAfter;
    }

    /** What is wrong with the options (the first problem), or empty. */
    public Optional<String> problem() {
        Optional<String> days = days(coldAfter.get(), I18n.t("points.wizard.coldAfter"))
                .or(() -> days(deleteAfter.get(), I18n.t("points.wizard.deleteAfter")));
        if (days.isPresent()) return days;
        return AwsBackupRules.vaultName(vault.get().strip())
                .or(() -> roleArn() == null ? Optional.empty() : AwsBackupRules.roleArn(roleArn()))
                .or(() -> AwsBackupRules.lifecycle(lifecycle()));
    }

    public String vaultName() {
        return vault.get().strip();
    }

    /** The role to pass, or null for the service's default role. */
    public String roleArn() {
        String r = role.get() == null ? "" : role.get().strip();
        return r.isEmpty() ? null : r;
    }

    public Lifecycle lifecycle() {
        return new Lifecycle(parse(coldAfter.get()), parse(deleteAfter.get()));
    }

    private static Optional<String> days(String text, String field) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.matches("\\d{1,6}")) return Optional.empty();
        return Optional.of(I18n.t("points.wizard.days", field));
    }

    private static Integer parse(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() ? null : Integer.valueOf(t);
    }
}
