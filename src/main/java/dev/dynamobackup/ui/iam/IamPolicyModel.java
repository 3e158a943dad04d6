package dev.dynamobackup.ui.iam;

import javafx.beans.binding.ObjectBinding;
import dev.dynamobackup.model.awsbackup.IamFeature;
import dev.dynamobackup.service.awsbackup.AwsBackupRules;
import dev.dynamobackup.service.awsbackup.IamPolicyGenerator;
import dev.dynamobackup.ui.common.Problems;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.util.EnumSet;
import java.util.Optional;

/** The features the user picked and the policies they make; no call, no nodes. */
public final class IamPolicyModel {
    private final ObservableSet<IamFeature> features = FXCollections.observableSet(EnumSet.allOf(IamFeature.class));
    private final StringProperty adminRoleArn = new SimpleStringProperty("");
    private final StringBinding allowPolicy = Bindings.createStringBinding(
            () -> IamPolicyGenerator.allowPolicy(EnumSet.copyOf(features.isEmpty() ? EnumSet.allOf(IamFeature.class) : features)),
            features);
    private final ObjectBinding<Optional<String>> adminRoleProblem = Problems.binding(
            () -> adminRoleArn.get().isBlank() ? Optional.empty() : AwsBackupRules.roleArn(adminRoleArn.get().trim()), adminRoleArn);
    private final StringBinding denyPolicy = Bindings.createStringBinding(
            () -> adminRoleArn.get().isBlank() || adminRoleProblem.get().isPresent() ? ""
                    : IamPolicyGenerator.denyDeletePolicy(adminRoleArn.get().trim()), adminRoleArn, adminRoleProblem);

    /** The picked features (all at first); none picked means all, as the CLI does. */
    public ObservableSet<IamFeature> features() {
        return features;
    }

    public StringProperty adminRoleArnProperty() {
        return adminRoleArn;
    }

    /** The least-privilege allow policy for the picked features. */
    public StringBinding allowPolicy() {
        return allowPolicy;
    }

    /** Why the admin role is not a role ARN; empty when it is (or none is given). */
    public ObjectBinding<Optional<String>> adminRoleProblem() {
        return adminRoleProblem;
    }

    /** The deny-delete policy for everyone but the admin role, or "" until a valid role ARN is given. */
    public StringBinding denyPolicy() {
        return denyPolicy;
    }
}
