package dev.dynamobackup.ui.plans;

import dev.dynamobackup.model.awsbackup.CopyRule;
import dev.dynamobackup.model.awsbackup.Lifecycle;
import dev.dynamobackup.model.awsbackup.PlanDetails;
import dev.dynamobackup.model.awsbackup.PlanRule;
import dev.dynamobackup.model.awsbackup.Selection;
import dev.dynamobackup.model.awsbackup.TagCondition;
import dev.dynamobackup.service.awsbackup.CronPreview;
import dev.dynamobackup.ui.common.I18n;

import java.util.stream.Collectors;

/** A plan's rules (schedule in plain words, windows, lifecycle, copies) and selections, as the details pane shows them. */
final class PlanDetailsText {
    private PlanDetailsText() {
    }

    static String of(PlanDetails d) {
        StringBuilder out = new StringBuilder(I18n.t("plans.details.head", d.plan().name(), d.id(), d.versionId())).append('\n');
        for (PlanRule r : d.plan().rules()) {
            out.append('\n').append(I18n.t("plans.details.rule", r.name(), r.vaultName())).append('\n');
            out.append(I18n.t("plans.details.schedule", CronPreview.describe(r.schedule(), r.timeZone()), r.schedule())).append('\n');
            out.append(I18n.t("plans.details.windows", value(r.startWindowMinutes()), value(r.completionWindowMinutes()))).append('\n');
            out.append(I18n.t("plans.details.lifecycle", lifecycle(r.lifecycle()))).append('\n');
            for (CopyRule c : r.copies()) {
                out.append(I18n.t("plans.details.copy", c.destinationVaultArn(), lifecycle(c.lifecycle()))).append('\n');
            }
        }
        out.append('\n');
        if (d.selections().isEmpty()) out.append(I18n.t("plans.details.noSelection")).append('\n');
        for (Selection s : d.selections()) {
            String tags = s.tags().stream().map(TagCondition::toString).collect(Collectors.joining(", "));
            out.append(I18n.t("plans.details.selection", s.name(), s.iamRoleArn(), String.join(", ", s.resources()), tags)).append('\n');
        }
        return out.toString();
    }

    private static String value(Integer minutes) {
        return minutes == null ? "-" : minutes.toString();
    }

    static String lifecycle(Lifecycle l) {
        if (l.coldAfterDays() == null && l.deleteAfterDays() == null) return I18n.t("plans.lifecycle.forever");
        if (l.coldAfterDays() == null) return I18n.t("plans.lifecycle.delete", l.deleteAfterDays());
        if (l.deleteAfterDays() == null) return I18n.t("plans.lifecycle.cold", l.coldAfterDays());
        return I18n.t("plans.lifecycle.coldDelete", l.coldAfterDays(), l.deleteAfterDays());
    }
}
