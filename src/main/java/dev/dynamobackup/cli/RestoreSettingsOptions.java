package dev.dynamobackup.cli;

import dev.dynamobackup.model.EncryptionChoice;
import dev.dynamobackup.model.RestoreSettings;
import dev.dynamobackup.service.validation.ArnRules;
import dev.dynamobackup.service.validation.NameRules;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.Locale;

/** The table-settings overrides of both restore commands (a picocli mixin); none given = the entire table. */
final class RestoreSettingsOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--billing", paramLabel = "MODE", description = "PAY_PER_REQUEST or PROVISIONED (default: as in the source).")
    String billing;

    @Option(names = "--read", paramLabel = "N", description = "Read capacity units, with --billing PROVISIONED.")
    Long read;

    @Option(names = "--write", paramLabel = "N", description = "Write capacity units, with --billing PROVISIONED.")
    Long write;

    @Option(names = "--keep-gsi", paramLabel = "NAME", arity = "1..*",
            description = "Keep only these global secondary indexes (default: all).")
    List<String> keepGsi;

    @Option(names = "--drop-gsis", description = "Drop every global secondary index.")
    boolean dropGsis;

    @Option(names = "--drop-lsi", description = "Drop every local secondary index (LSIs are kept or dropped all together).")
    boolean dropLsi;

    @Option(names = "--sse", paramLabel = "KEY",
            description = "Encryption: owned (AWS owned key), managed (alias/aws/dynamodb) or a customer managed KMS key ARN.")
    String sse;

    /** The overrides, once each has passed its check; a KMS key must be in {@code region}, the restore's. */
    RestoreSettings settings(String region) {
        String mode = billing == null ? null : billing.toUpperCase(Locale.ROOT);
        if (mode != null && !mode.equals("PAY_PER_REQUEST") && !mode.equals("PROVISIONED")) {
            throw new ParameterException(spec.commandLine(), "--billing must be PAY_PER_REQUEST or PROVISIONED");
        }
        boolean provisioned = "PROVISIONED".equals(mode);
        if (provisioned && (read == null || write == null)) {
            throw new ParameterException(spec.commandLine(), "--billing PROVISIONED needs --read N and --write N");
        }
        if (!provisioned && (read != null || write != null)) {
            throw new ParameterException(spec.commandLine(), "--read and --write go with --billing PROVISIONED");
        }
        if (dropGsis && keepGsi != null) {
            throw new ParameterException(spec.commandLine(), "--drop-gsis and --keep-gsi cannot be used together");
        }
        if (keepGsi != null) keepGsi.forEach(name -> InputChecks.require(spec, "--keep-gsi", NameRules.index(name)));
        EncryptionChoice encryption = EncryptionChoice.SAME_AS_SOURCE;
        String kms = null;
        if (sse != null) {
            switch (sse.toLowerCase(Locale.ROOT)) {
                case "owned" -> encryption = EncryptionChoice.AWS_OWNED;
                case "managed" -> encryption = EncryptionChoice.AWS_MANAGED;
                default -> {
                    InputChecks.require(spec, "--sse", ArnRules.kmsKey(sse, region));
                    encryption = EncryptionChoice.CUSTOMER_MANAGED;
                    kms = sse;
                }
            }
        }
        List<String> keep = dropGsis ? List.of() : keepGsi;
        return new RestoreSettings(keep, dropLsi, mode, provisioned ? read : 0, provisioned ? write : 0, encryption, kms);
    }
}
