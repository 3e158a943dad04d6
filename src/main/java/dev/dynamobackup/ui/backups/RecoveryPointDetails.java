package dev.dynamobackup.ui.backups;

import dev.dynamobackup.model.awsbackup.Lifecycle;
import dev.dynamobackup.model.awsbackup.RecoveryPoint;
import dev.dynamobackup.ui.common.Formats;
import dev.dynamobackup.ui.common.I18n;

import java.time.Instant;

/** The details of one recovery point, as the details dialog shows them (text only, no nodes). */
final class RecoveryPointDetails {
    private RecoveryPointDetails() {
    }

    static String text(RecoveryPoint p) {
        return String.join("\n",
                I18n.t("points.details.status", p.status()),
                I18n.t("points.details.vault", p.vaultName()),
                I18n.t("points.details.size", Formats.bytes(p.sizeBytes())),
                I18n.t("points.details.created", time(p.created())),
                I18n.t("points.details.lifecycle", days(lifecycle(p).coldAfterDays()), days(lifecycle(p).deleteAfterDays())),
                I18n.t("points.details.coldDate", time(p.coldDate())),
                I18n.t("points.details.deleteDate", time(p.deleteDate())),
                I18n.t("points.details.storageClass", or(p.storageClass())),
                I18n.t("points.details.plan", p.planId() == null ? I18n.t("points.details.onDemand") : p.planId()),
                I18n.t("points.details.arn", p.arn()));
    }

    private static Lifecycle lifecycle(RecoveryPoint p) {
        return p.lifecycle() == null ? Lifecycle.KEEP_FOREVER : p.lifecycle();
    }

    private static String time(Instant t) {
        return t == null ? I18n.t("points.details.never") : Formats.local(t);
    }

    private static String days(Integer d) {
        return d == null ? I18n.t("points.details.never") : I18n.t("points.details.days", d);
    }

    private static String or(String s) {
        return s == null ? "-" : s;
    }
}
