package dev.dynamobackup.service.awsbackup;

import dev.dynamobackup.model.awsbackup.CopyRule;
import dev.dynamobackup.model.awsbackup.PlanDraft;
import dev.dynamobackup.model.awsbackup.PlanRule;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.backup.model.BackupPlan;
import software.amazon.awssdk.services.backup.model.BackupPlanInput;
import software.amazon.awssdk.services.backup.model.BackupRule;
import software.amazon.awssdk.services.backup.model.BackupRuleInput;
import software.amazon.awssdk.services.backup.model.CopyAction;
import software.amazon.awssdk.services.backup.model.Lifecycle;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The UpdateBackupPlan input for an edited plan. UpdateBackupPlan replaces the whole plan, and the app's
 * {@link PlanDraft} holds only what its form and options edit; so every setting of the current version that
 * the draft does not describe is carried over: the plan's AdvancedBackupSettings and ScanSettings, and per
 * rule its recovery-point tags, continuous backup, index and scan actions, air-gapped vault, and the
 * lifecycles' archive opt-in and delete-after-event. Without this an edit would silently drop them.
 */
final class PlanUpdateInput {
    private PlanUpdateInput() {
    }

    static BackupPlanInput of(BackupPlan current, PlanDraft draft) {
        // its Rules are of another shape (BackupRule, not BackupRuleInput): they are made one by one below
        BackupPlanInput.Builder plan = copyMembers(current, BackupPlanInput.builder(), Set.of("Rules"));
        List<BackupRule> before = current.rules();
        Set<String> draftNames = new HashSet<>();
        for (PlanRule r : draft.rules()) draftNames.add(r.name());
        List<BackupRuleInput> rules = new java.util.ArrayList<>();
        for (int i = 0; i < draft.rules().size(); i++) {
            PlanRule edited = draft.rules().get(i);
            rules.add(rule(edited, matching(before, i, edited.name(), draftNames)));
        }
        return plan.backupPlanName(draft.name()).rules(rules).build();
    }

    /**
     * The current rule a draft rule edits: the one of the same name, else the one at its position when
     * that one was renamed (its name is not in the draft); a rule new to the plan has none.
     */
    private static Optional<BackupRule> matching(List<BackupRule> before, int index, String name, Set<String> draftNames) {
        Optional<BackupRule> byName = before.stream().filter(r -> r.ruleName().equals(name)).findFirst();
        if (byName.isPresent()) return byName;
        if (index < before.size() && !draftNames.contains(before.get(index).ruleName())) return Optional.of(before.get(index));
        return Optional.empty();
    }

    private static BackupRuleInput rule(PlanRule edited, Optional<BackupRule> current) {
        BackupRuleInput.Builder b = current.map(r -> copyMembers(r, BackupRuleInput.builder(), Set.of())).orElseGet(BackupRuleInput::builder);
        List<CopyAction> copiesBefore = current.map(BackupRule::copyActions).orElse(List.of());
        return b.ruleName(edited.name()).targetBackupVaultName(edited.vaultName())
                .scheduleExpression(edited.schedule()).scheduleExpressionTimezone(edited.timeZone())
                .startWindowMinutes(VaultService.toLong(edited.startWindowMinutes()))
                .completionWindowMinutes(VaultService.toLong(edited.completionWindowMinutes()))
                .lifecycle(lifecycle(edited.lifecycle(), current.map(BackupRule::lifecycle).orElse(null)))
                .copyActions(edited.copies().stream().map(c -> copy(c, copiesBefore)).toList())
                .build();
    }

    /** A copy keeps its lifecycle's other settings when the rule already copied to that vault. */
    private static CopyAction copy(CopyRule edited, List<CopyAction> before) {
        Lifecycle was = before.stream().filter(c -> edited.destinationVaultArn().equals(c.destinationBackupVaultArn()))
                .map(CopyAction::lifecycle).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return CopyAction.builder().destinationBackupVaultArn(edited.destinationVaultArn())
                .lifecycle(lifecycle(edited.lifecycle(), was)).build();
    }

    /** The draft's cold and delete days over the current lifecycle's other settings (archive opt-in, delete after event). */
    private static Lifecycle lifecycle(dev.dynamobackup.model.awsbackup.Lifecycle edited, Lifecycle current) {
        Lifecycle days = PlanMapper.toSdk(edited);
        if (current == null) return days;
        Lifecycle merged = current.toBuilder()
                .moveToColdStorageAfterDays(days == null ? null : days.moveToColdStorageAfterDays())
                .deleteAfterDays(days == null ? null : days.deleteAfterDays()).build();
        return isEmpty(merged) ? null : merged;
    }

    private static boolean isEmpty(Lifecycle l) {
        return l.sdkFields().stream().allMatch(f -> f.getValueOrDefault(l) == null);
    }

    /**
     * Every member the input shape shares with the stored shape (by member name; the same types), so that a setting AWS adds
     * to both is carried over without a change here.
     */
    private static <B extends SdkPojo> B copyMembers(SdkPojo stored, B input, Set<String> except) {
        Map<String, SdkField<?>> from = stored.sdkFieldNameToField();
        for (SdkField<?> field : input.sdkFields()) {
            if (except.contains(field.memberName())) continue;
            SdkField<?> source = from.get(field.memberName());
            if (source == null) continue;
            Object value = source.getValueOrDefault(stored);
            if (value != null) field.set(input, value);
        }
        return input;
    }
}
