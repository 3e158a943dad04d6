package dev.dynamobackup.aws;

import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileLocation;
import software.amazon.awssdk.profiles.ProfileFileSystemSetting;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads profile names (never their keys) from ~/.aws/config and ~/.aws/credentials, or the files
 * AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE name, and tells whether any credentials are in reach
 * without a network call (so the app can choose to open on the sandbox).
 */
public final class ProfileDiscovery {
    private ProfileDiscovery() {
    }

    public static List<String> profileNames() {
        try {
            return ProfileFile.defaultProfileFile().profiles().keySet().stream().sorted().toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** The files profiles are read from (AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE or the defaults), to name in messages. */
    public static List<Path> profileFiles() {
        return List.of(ProfileFileLocation.configurationFilePath(), ProfileFileLocation.credentialsFilePath());
    }

    /** The region a profile names, if any. */
    public static Optional<String> regionOf(String profile) {
        try {
            return ProfileFile.defaultProfileFile().profile(profile).flatMap(p -> p.property("region"));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Keys, a web identity token, a container endpoint or AWS_PROFILE in the environment: with these or
     * any profile, credentials are in reach (so the app opens on AWS, not the sandbox). Does not call
     * the instance metadata service.
     */
    public static boolean environmentHasCredentials() {
        if (has(System.getenv("AWS_ACCESS_KEY_ID")) || has(System.getProperty("aws.accessKeyId"))) return true;
        if (has(System.getenv("AWS_WEB_IDENTITY_TOKEN_FILE"))) return true;
        if (has(System.getenv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"))
                || has(System.getenv("AWS_CONTAINER_CREDENTIALS_FULL_URI"))) return true;
        return has(System.getenv(ProfileFileSystemSetting.AWS_PROFILE.environmentVariable()));
    }

    private static boolean has(String value) {
        return value != null && !value.isBlank();
    }
}
