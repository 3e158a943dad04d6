package dev.dynamobackup.testing;

/** An AWS Backup error the contract server answers with (code = the model's error shape name). */
final class ContractError extends RuntimeException {
    final String code;

    ContractError(String code, String message) {
        super(message);
        this.code = code;
    }
}
