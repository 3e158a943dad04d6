package dev.dynamobackup.ui.plans;

import javafx.beans.binding.ObjectBinding;
import dev.dynamobackup.model.awsbackup.CopyRule;
import dev.dynamobackup.model.awsbackup.Lifecycle;
import dev.dynamobackup.model.awsbackup.PlanDraft;
import dev.dynamobackup.model.awsbackup.PlanRule;
import dev.dynamobackup.model.awsbackup.PlanTemplate;
import dev.dynamobackup.service.awsbackup.AwsBackupRules;
import dev.dynamobackup.service.awsbackup.CronPreview;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.common.Problems;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Optional;

/**
 * What the plan editor's fields hold, as text, with the plan they make and its first problem (checked
 * live, before any call: the lifecycle's M >= N + 90 among them). No nodes.
 */
public final class PlanForm {
    public final StringProperty planName = new SimpleStringProperty("");
    public final StringProperty ruleName = new SimpleStringProperty("");
    public final StringProperty vault = new SimpleStringProperty("Default");
    public final StringProperty schedule = new SimpleStringProperty("cron(0 5 ? * * *)");
    public final StringProperty timeZone = new SimpleStringProperty("Etc/UTC");
    public final StringProperty startWindow = new SimpleStringProperty("60");
    public final StringProperty completionWindow = new SimpleStringProperty("180");
    public final StringProperty coldAfter = new SimpleStringProperty("");
    public final StringProperty deleteAfter = new SimpleStringProperty("");
    public final StringProperty copyVaultArn = new SimpleStringProperty("");
    public final StringProperty copyColdAfter = new SimpleStringProperty("");
    public final StringProperty copyDeleteAfter = new SimpleStringProperty("");
    private final String region;
    /** When editing: the plan's rules after the first, and the first rule's copies after the first, kept as they are. */
    private List<PlanRule> otherRules = List.of();
    private List<CopyRule> otherCopies = List.of();
    private final ObjectBinding<Optional<String>> problem;
    private final StringBinding preview;

    public PlanForm(String region) {
        this.region = region;
        StringProperty[] all = {planName, ruleName, vault, schedule, timeZone, startWindow, completionWindow, coldAfter,
                deleteAfter, copyVaultArn, copyColdAfter, copyDeleteAfter};
        problem = Problems.binding(this::firstProblem, all);
        preview = Bindings.createStringBinding(() -> AwsBackupRules.schedule(schedule.get()).isPresent() ? ""
                : CronPreview.describe(schedule.get(), timeZone.get()), schedule, timeZone);
    }

    /** Fills the fields from a template (the plan name is the user's). */
    public void apply(PlanTemplate template) {
        PlanRule r = template.rule();
        ruleName.set(r.name());
        schedule.set(r.schedule());
        timeZone.set(r.timeZone() == null ? "" : r.timeZone());
        startWindow.set(text(r.startWindowMinutes()));
        completionWindow.set(text(r.completionWindowMinutes()));
        coldAfter.set(text(r.lifecycle().coldAfterDays()));
        deleteAfter.set(text(r.lifecycle().deleteAfterDays()));
        if (planName.get().isBlank()) planName.set(r.name() + "Plan");
    }

    /**
     * Fills the fields from an existing plan to edit it. The form edits the first rule and its first copy;
     * any further rules and copies go back unchanged.
     */
    public void edit(PlanDraft plan) {
        planName.set(plan.name());
        PlanRule r = plan.rules().get(0);
        ruleName.set(r.name());
        vault.set(r.vaultName());
        schedule.set(r.schedule() == null ? "" : r.schedule());
        timeZone.set(r.timeZone() == null ? "" : r.timeZone());
        startWindow.set(text(r.startWindowMinutes()));
        completionWindow.set(text(r.completionWindowMinutes()));
        coldAfter.set(text(r.lifecycle().coldAfterDays()));
        deleteAfter.set(text(r.lifecycle().deleteAfterDays()));
        if (!r.copies().isEmpty()) {
            CopyRule c = r.copies().get(0);
            copyVaultArn.set(c.destinationVaultArn());
            copyColdAfter.set(text(c.lifecycle().coldAfterDays()));
            copyDeleteAfter.set(text(c.lifecycle().deleteAfterDays()));
        }
        otherCopies = r.copies().size() > 1 ? List.copyOf(r.copies().subList(1, r.copies().size())) : List.of();
        otherRules = List.copyOf(plan.rules().subList(1, plan.rules().size()));
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static Integer number(StringProperty p) {
        String t = p.get().trim();
        return t.isEmpty() ? null : Integer.valueOf(t);
    }

    /** The plan the fields describe; throws NumberFormatException on a day or minute field that is not a number. */
    public PlanDraft draft() {
        List<CopyRule> copies = new java.util.ArrayList<>();
        if (!copyVaultArn.get().isBlank()) {
            copies.add(new CopyRule(copyVaultArn.get().trim(), new Lifecycle(number(copyColdAfter), number(copyDeleteAfter))));
        }
        copies.addAll(otherCopies);
        String zone = timeZone.get().trim();
        PlanRule rule = new PlanRule(ruleName.get().trim(), vault.get().trim(), schedule.get().trim(), zone.isEmpty() ? null : zone,
                number(startWindow), number(completionWindow), new Lifecycle(number(coldAfter), number(deleteAfter)), List.copyOf(copies));
        List<PlanRule> rules = new java.util.ArrayList<>(List.of(rule));
        rules.addAll(otherRules);
        return new PlanDraft(planName.get().trim(), List.copyOf(rules));
    }

    private Optional<String> firstProblem() {
        try {
            return AwsBackupRules.plan(draft(), region);
        } catch (NumberFormatException e) {
            return Optional.of(I18n.t("plans.form.notNumber"));
        }
    }

    /** The first reason the plan cannot be saved; empty when it can. */
    public ObjectBinding<Optional<String>> problem() {
        return problem;
    }

    /** The schedule in plain words ("every day at 05:00 UTC"), or "" while it is not a valid cron. */
    public StringBinding preview() {
        return preview;
    }
}
