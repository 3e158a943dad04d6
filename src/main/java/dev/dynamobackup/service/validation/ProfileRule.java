package dev.dynamobackup.service.validation;

import dev.dynamobackup.aws.ProfileDiscovery;
import dev.dynamobackup.model.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A profile name must be one the AWS files define; the sentence names the files looked in. */
public final class ProfileRule {
    private ProfileRule() {
    }

    public static Optional<Problem> check(String profile) {
        if (profile == null || profile.isBlank()) return Optional.of(Problem.of("profile.empty"));
        List<String> known = ProfileDiscovery.profileNames();
        if (known.contains(profile)) return Optional.empty();
        List<Path> files = ProfileDiscovery.profileFiles();
        String names = known.isEmpty() ? "" : String.join(", ", known.size() > 10 ? known.subList(0, 10) : known);
        return Optional.of(known.isEmpty()
                ? Problem.of("profile.missing.none", NameRules.shorten(profile), files.get(0), files.get(1))
                : Problem.of("profile.missing", NameRules.shorten(profile), files.get(0), files.get(1), names));
    }
}
