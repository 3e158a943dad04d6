package dev.dynamobackup.testing;

import com.fasterxml.jackson.databind.JsonNode;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What moto lacks, kept in memory: backup selections, backup/restore/copy jobs, recovery points and
 * region settings. Vaults and plans stay in moto (checked there); a backup job makes a real DynamoDB
 * backup in moto and a restore job really restores it, so items survive the whole path.
 * Jobs report RUNNING (50 %) on their first describe and COMPLETED after, so pollers see a change.
 * As in AWS, without the region's advanced DynamoDB backup a point is DynamoDB's own backup (its ARN
 * is the backup's, and ListBackups lists it too), and cold storage and cross-region copies are refused.
 */
final class BackupContractState {
    static final String ACCOUNT = "123456789012";

    /** A recovery point and the moto DynamoDB backup that holds its data. */
    static final class Point {
        String arn, region, vaultName, resourceArn, resourceName, nativeBackupArn, planId, planVersion, ruleId, jobId;
        Instant created;
        Long coldAfter, deleteAfter;
        long size;
    }

    static final class JobRecord {
        String kind, id, region, state = "CREATED", message, resourceArn, vaultName, pointArn, createdResourceArn,
                destinationVaultArn, destinationPointArn, roleArn;
        Instant created = Instant.now(), completed;
        int describes;
        boolean failed;
    }

    private final URI moto;
    private final Map<String, Point> points = new ConcurrentHashMap<>();
    private final Map<String, JobRecord> jobs = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Map<String, Object>>> selections = new ConcurrentHashMap<>();
    private final Map<String, boolean[]> regionSettings = new ConcurrentHashMap<>();

    BackupContractState(URI moto) {
        this.moto = moto;
    }

    synchronized void reset() {
        points.clear();
        jobs.clear();
        tokens.clear();
        selections.clear();
        regionSettings.clear();
    }

    long pointsIn(String region, String vault) {
        return points.values().stream().filter(p -> p.region.equals(region) && p.vaultName.equals(vault)).count();
    }

    /** Lets a test age a point (e.g. past a vault lock's minimum retention). */
    void backdate(String pointArn, Instant created) {
        points.get(pointArn).created = created;
    }

    synchronized Object handle(String op, String region, Map<String, String> labels, Map<String, String> query, JsonNode body) {
        return switch (op) {
            case "CreateBackupSelection" -> createSelection(region, labels.get("backupPlanId"), body);
            case "GetBackupSelection" -> getSelection(region, labels.get("backupPlanId"), labels.get("selectionId"));
            case "ListBackupSelections" -> Map.of("BackupSelectionsList", selectionsOf(region, labels.get("backupPlanId")).values()
                    .stream().map(s -> pick(s, "SelectionId", "SelectionName", "BackupPlanId", "CreationDate", "IamRoleArn", "CreatorRequestId")).toList());
            case "DeleteBackupSelection" -> {
                if (selectionsOf(region, labels.get("backupPlanId")).remove(labels.get("selectionId")) == null) {
                    throw new ContractError("ResourceNotFoundException", "Selection not found");
                }
                yield null;
            }
            case "DescribeRegionSettings" -> {
                boolean[] s = settings(region);
                yield Map.of("ResourceTypeOptInPreference", Map.of("DynamoDB", s[0]),
                        "ResourceTypeManagementPreference", Map.of("DynamoDB", s[1]));
            }
            case "UpdateRegionSettings" -> {
                boolean[] s = settings(region);
                if (body.path("ResourceTypeOptInPreference").has("DynamoDB")) s[0] = body.get("ResourceTypeOptInPreference").get("DynamoDB").asBoolean();
                if (body.path("ResourceTypeManagementPreference").has("DynamoDB")) s[1] = body.get("ResourceTypeManagementPreference").get("DynamoDB").asBoolean();
                yield null;
            }
            case "StartBackupJob" -> startBackup(region, body);
            case "StartRestoreJob" -> startRestore(region, body);
            case "StartCopyJob" -> startCopy(region, body);
            case "DescribeBackupJob" -> backupJob(advance(region, "BACKUP", labels.get("backupJobId")));
            case "DescribeRestoreJob" -> restoreJob(advance(region, "RESTORE", labels.get("restoreJobId")));
            case "DescribeCopyJob" -> Map.of("CopyJob", copyJob(advance(region, "COPY", labels.get("copyJobId"))));
            case "ListBackupJobs" -> Map.of("BackupJobs", jobsOf(region, "BACKUP", query.get("state")).stream().map(this::backupJob).toList());
            case "ListRestoreJobs" -> Map.of("RestoreJobs", jobsOf(region, "RESTORE", query.get("status")).stream().map(this::restoreJob).toList());
            case "ListCopyJobs" -> Map.of("CopyJobs", jobsOf(region, "COPY", query.get("state")).stream().map(this::copyJob).toList());
            case "ListRecoveryPointsByBackupVault" -> {
                vault(region, labels.get("backupVaultName"));
                yield Map.of("RecoveryPoints", points.values().stream()
                        .filter(p -> p.region.equals(region) && p.vaultName.equals(labels.get("backupVaultName")))
                        .map(p -> pointByVault(p)).toList());
            }
            case "ListRecoveryPointsByResource" -> Map.of("RecoveryPoints", points.values().stream()
                    .filter(p -> p.region.equals(region) && p.resourceArn.equals(labels.get("resourceArn")))
                    .map(p -> pick(pointByVault(p), "RecoveryPointArn", "CreationDate", "Status", "BackupVaultName", "ResourceName"))
                    .map(m -> { m.put("BackupSizeBytes", 0L); return m; }).toList());
            case "DescribeRecoveryPoint" -> describePoint(point(region, labels.get("backupVaultName"), labels.get("recoveryPointArn")));
            case "DeleteRecoveryPoint" -> {
                deletePoint(point(region, labels.get("backupVaultName"), labels.get("recoveryPointArn")));
                yield null;
            }
            default -> throw new IllegalStateException("not a contract operation: " + op);
        };
    }

    // ---- selections

    private Map<String, Map<String, Object>> selectionsOf(String region, String planId) {
        plan(region, planId);
        return selections.computeIfAbsent(region + "/" + planId, k -> new LinkedHashMap<>());
    }

    private Object createSelection(String region, String planId, JsonNode body) {
        JsonNode s = body.get("BackupSelection");
        if (!s.path("IamRoleArn").asText("").startsWith("arn:aws:iam::")) {
            throw new ContractError("InvalidParameterValueException", "IamRoleArn is not a role ARN");
        }
        Map<String, Object> record = new LinkedHashMap<>();
        String id = UUID.randomUUID().toString();
        record.put("SelectionId", id);
        record.put("SelectionName", s.get("SelectionName").asText());
        record.put("BackupPlanId", planId);
        record.put("CreationDate", epoch(Instant.now()));
        record.put("IamRoleArn", s.get("IamRoleArn").asText());
        record.put("CreatorRequestId", body.path("CreatorRequestId").asText(null));
        record.put("BackupSelection", s);
        selectionsOf(region, planId).put(id, record);
        return Map.of("SelectionId", id, "BackupPlanId", planId, "CreationDate", record.get("CreationDate"));
    }

    private Object getSelection(String region, String planId, String id) {
        Map<String, Object> s = selectionsOf(region, planId).get(id);
        if (s == null) throw new ContractError("ResourceNotFoundException", "Selection " + id + " not found");
        return pick(s, "BackupSelection", "SelectionId", "BackupPlanId", "CreationDate", "CreatorRequestId");
    }

    // ---- jobs

    private Object startBackup(String region, JsonNode body) {
        String token = body.path("IdempotencyToken").asText(null);
        if (token != null && tokens.containsKey(token)) {
            JobRecord j = jobs.get(tokens.get(token));
            return Map.of("BackupJobId", j.id, "RecoveryPointArn", j.pointArn, "CreationDate", epoch(j.created));
        }
        String vault = body.get("BackupVaultName").asText();
        vault(region, vault);
        boolean advanced = settings(region)[1];
        if (!advanced && body.path("Lifecycle").has("MoveToColdStorageAfterDays")) {
            throw new ContractError("InvalidParameterValueException",
                    "Cold storage of DynamoDB backups needs advanced DynamoDB backup (UpdateRegionSettings)");
        }
        String tableArn = body.get("ResourceArn").asText();
        String table = tableArn.substring(tableArn.indexOf(":table/") + 7);
        JobRecord job = newJob("BACKUP", region, token);
        job.resourceArn = tableArn;
        job.vaultName = vault;
        job.roleArn = body.get("IamRoleArn").asText();
        String nativeArn;
        try {
            DynamoDbClient ddb = dynamo(region);
            nativeArn = ddb.createBackup(b -> b.tableName(table).backupName("awsbackup-" + job.id.substring(0, 8)))
                    .backupDetails().backupArn();
        } catch (software.amazon.awssdk.services.dynamodb.model.DynamoDbException e) {
            throw new ContractError("InvalidParameterValueException", "Cannot back up " + tableArn + ": " + e.awsErrorDetails().errorMessage());
        }
        // without advanced backup the point is DynamoDB's own backup (its ARN is the backup's), as in AWS
        Point p = newPoint(region, vault, tableArn, table, nativeArn, job.id);
        if (!advanced) {
            points.remove(p.arn);
            p.arn = nativeArn;
            points.put(p.arn, p);
        }
        JsonNode lifecycle = body.get("Lifecycle");
        if (lifecycle != null) {
            p.coldAfter = lifecycle.has("MoveToColdStorageAfterDays") ? lifecycle.get("MoveToColdStorageAfterDays").asLong() : null;
            p.deleteAfter = lifecycle.has("DeleteAfterDays") ? lifecycle.get("DeleteAfterDays").asLong() : null;
        }
        job.pointArn = p.arn;
        return Map.of("BackupJobId", job.id, "RecoveryPointArn", p.arn, "CreationDate", epoch(job.created));
    }

    private Object startRestore(String region, JsonNode body) {
        String token = body.path("IdempotencyToken").asText(null);
        if (token != null && tokens.containsKey(token)) return Map.of("RestoreJobId", tokens.get(token));
        Point p = points.get(body.get("RecoveryPointArn").asText());
        if (p == null || !p.region.equals(region)) throw new ContractError("ResourceNotFoundException", "Recovery point not found in " + region);
        String target = body.path("Metadata").path("targetTableName").asText(null);
        if (target == null) throw new ContractError("InvalidParameterValueException", "Metadata.targetTableName is required for DynamoDB");
        JobRecord job = newJob("RESTORE", region, token);
        job.pointArn = p.arn;
        job.roleArn = body.path("IamRoleArn").asText(null);
        String kms = body.path("Metadata").path("kmsMasterKeyArn").asText(null);
        if ("KMS".equals(body.path("Metadata").path("encryptionType").asText(null)) != (kms != null)) {
            throw new ContractError("InvalidParameterValueException", "encryptionType KMS goes with kmsMasterKeyArn");
        }
        try {
            DynamoDbClient ddb = dynamo(region);
            job.createdResourceArn = ddb.restoreTableFromBackup(b -> b.backupArn(p.nativeBackupArn).targetTableName(target)
                    .sseSpecificationOverride(kms == null ? null : software.amazon.awssdk.services.dynamodb.model.SSESpecification.builder()
                            .enabled(true).sseType("KMS").kmsMasterKeyId(kms).build()))
                    .tableDescription().tableArn();
        } catch (software.amazon.awssdk.services.dynamodb.model.DynamoDbException e) {
            job.failed = true;
            job.message = e.awsErrorDetails().errorMessage();
        }
        return Map.of("RestoreJobId", job.id);
    }

    /** Seed 003's path: the copy's data lands in the destination region as a moto backup there. */
    private Object startCopy(String region, JsonNode body) {
        String token = body.path("IdempotencyToken").asText(null);
        if (token != null && tokens.containsKey(token)) {
            JobRecord j = jobs.get(tokens.get(token));
            return Map.of("CopyJobId", j.id, "CreationDate", epoch(j.created));
        }
        if (!settings(region)[1]) {
            throw new ContractError("InvalidRequestException",
                    "Cross-region copies of DynamoDB backups need advanced DynamoDB backup (UpdateRegionSettings) in " + region);
        }
        Point source = point(region, body.get("SourceBackupVaultName").asText(), body.get("RecoveryPointArn").asText());
        String destVaultArn = body.get("DestinationBackupVaultArn").asText();
        String[] arn = destVaultArn.split(":");
        String destRegion = arn[3];
        String destVault = arn[6];
        vault(destRegion, destVault);
        JobRecord job = newJob("COPY", region, token);
        job.pointArn = source.arn;
        job.resourceArn = source.resourceArn;
        job.vaultName = "arn:aws:backup:" + region + ":" + ACCOUNT + ":backup-vault:" + source.vaultName;
        job.destinationVaultArn = destVaultArn;
        job.roleArn = body.get("IamRoleArn").asText();
        String copyBackup = copyAcrossRegions(source, destRegion, job.id.substring(0, 8));
        Point copy = newPoint(destRegion, destVault, source.resourceArn, source.resourceName, copyBackup, job.id);
        copy.created = source.created;
        job.destinationPointArn = copy.arn;
        return Map.of("CopyJobId", job.id, "CreationDate", epoch(job.created));
    }

    /** Restores the source backup to a scratch table, rebuilds it in the other region, backs that up, cleans up. */
    private String copyAcrossRegions(Point source, String destRegion, String suffix) {
        String scratch = "contract-copy-" + suffix;
        {
            DynamoDbClient from = dynamo(source.region);
            DynamoDbClient to = dynamo(destRegion);
            TableDescription t = from.restoreTableFromBackup(b -> b.backupArn(source.nativeBackupArn).targetTableName(scratch))
                    .tableDescription();
            to.createTable(b -> b.tableName(scratch).keySchema(t.keySchema()).attributeDefinitions(t.attributeDefinitions())
                    .billingMode(BillingMode.PAY_PER_REQUEST));
            List<Map<String, AttributeValue>> items = new ArrayList<>();
            from.scanPaginator(b -> b.tableName(scratch)).items().forEach(items::add);
            for (Map<String, AttributeValue> item : items) to.putItem(b -> b.tableName(scratch).item(item));
            String arn = to.createBackup(b -> b.tableName(scratch).backupName("awsbackup-copy-" + suffix)).backupDetails().backupArn();
            from.deleteTable(b -> b.tableName(scratch));
            to.deleteTable(b -> b.tableName(scratch));
            return arn;
        }
    }

    private JobRecord newJob(String kind, String region, String token) {
        JobRecord job = new JobRecord();
        job.kind = kind;
        job.id = UUID.randomUUID().toString().toUpperCase();
        job.region = region;
        jobs.put(job.id, job);
        if (token != null) tokens.put(token, job.id);
        return job;
    }

    private JobRecord advance(String region, String kind, String id) {
        JobRecord job = jobs.get(id);
        if (job == null || !job.kind.equals(kind) || !job.region.equals(region)) {
            throw new ContractError("ResourceNotFoundException", kind + " job " + id + " not found in " + region);
        }
        job.describes++;
        if (job.describes == 1) job.state = "RUNNING";
        else if (job.completed == null) {
            job.state = job.failed ? "FAILED" : "COMPLETED";
            job.completed = Instant.now();
        }
        return job;
    }

    private List<JobRecord> jobsOf(String region, String kind, String state) {
        return jobs.values().stream().filter(j -> j.region.equals(region) && j.kind.equals(kind))
                .filter(j -> state == null || state.equals(j.state))
                .sorted(java.util.Comparator.comparing((JobRecord j) -> j.created).reversed()).toList();
    }

    private Map<String, Object> backupJob(JobRecord j) {
        Map<String, Object> m = common(j, "BackupJobId");
        m.put("BackupVaultName", j.vaultName);
        m.put("BackupVaultArn", vaultArn(j.region, j.vaultName));
        m.put("RecoveryPointArn", j.pointArn);
        m.put("ResourceArn", j.resourceArn);
        m.put("State", j.state);
        m.put("PercentDone", "RUNNING".equals(j.state) ? "50.0" : "COMPLETED".equals(j.state) ? "100.0" : "0.0");
        m.put("ResourceType", "DynamoDB");
        return m;
    }

    private Map<String, Object> restoreJob(JobRecord j) {
        Map<String, Object> m = common(j, "RestoreJobId");
        m.put("RecoveryPointArn", j.pointArn);
        m.put("Status", "CREATED".equals(j.state) ? "PENDING" : j.state);
        m.put("PercentDone", "RUNNING".equals(j.state) ? "50.0" : "COMPLETED".equals(j.state) ? "100.0" : "0.0");
        if ("COMPLETED".equals(j.state)) m.put("CreatedResourceArn", j.createdResourceArn);
        m.put("ResourceType", "DynamoDB");
        return m;
    }

    private Map<String, Object> copyJob(JobRecord j) {
        Map<String, Object> m = common(j, "CopyJobId");
        m.put("SourceBackupVaultArn", j.vaultName);
        m.put("SourceRecoveryPointArn", j.pointArn);
        m.put("DestinationBackupVaultArn", j.destinationVaultArn);
        m.put("DestinationRecoveryPointArn", j.destinationPointArn);
        m.put("ResourceArn", j.resourceArn);
        m.put("State", j.state);
        m.put("ResourceType", "DynamoDB");
        return m;
    }

    private Map<String, Object> common(JobRecord j, String idField) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("AccountId", ACCOUNT);
        m.put(idField, j.id);
        m.put("CreationDate", epoch(j.created));
        if (j.completed != null) m.put("CompletionDate", epoch(j.completed));
        if (j.message != null && "FAILED".equals(j.state)) m.put("StatusMessage", j.message);
        if (j.roleArn != null) m.put("IamRoleArn", j.roleArn);
        return m;
    }

    // ---- recovery points

    private Point newPoint(String region, String vault, String resourceArn, String resourceName, String nativeArn, String jobId) {
        Point p = new Point();
        p.arn = "arn:aws:backup:" + region + ":" + ACCOUNT + ":recovery-point:" + UUID.randomUUID();
        p.region = region;
        p.vaultName = vault;
        p.resourceArn = resourceArn;
        p.resourceName = resourceName;
        p.nativeBackupArn = nativeArn;
        p.jobId = jobId;
        p.created = Instant.now();
        points.put(p.arn, p);
        return p;
    }

    private Point point(String region, String vault, String arn) {
        Point p = points.get(arn);
        if (p == null || !p.region.equals(region) || !p.vaultName.equals(vault)) {
            throw new ContractError("ResourceNotFoundException", "Recovery point " + arn + " not found in vault " + vault);
        }
        return p;
    }

    private String pointStatus(Point p) {
        JobRecord job = jobs.get(p.jobId);
        return job == null || job.completed != null ? "COMPLETED" : "CREATING";
    }

    private Map<String, Object> pointByVault(Point p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("RecoveryPointArn", p.arn);
        m.put("BackupVaultName", p.vaultName);
        m.put("BackupVaultArn", vaultArn(p.region, p.vaultName));
        m.put("ResourceArn", p.resourceArn);
        m.put("ResourceType", "DynamoDB");
        m.put("ResourceName", p.resourceName);
        m.put("Status", pointStatus(p));
        m.put("CreationDate", epoch(p.created));
        m.put("BackupSizeInBytes", 0L);
        if (p.coldAfter != null || p.deleteAfter != null) {
            Map<String, Object> lifecycle = new LinkedHashMap<>();
            if (p.coldAfter != null) lifecycle.put("MoveToColdStorageAfterDays", p.coldAfter);
            if (p.deleteAfter != null) lifecycle.put("DeleteAfterDays", p.deleteAfter);
            m.put("Lifecycle", lifecycle);
            Map<String, Object> calculated = new LinkedHashMap<>();
            if (p.coldAfter != null) calculated.put("MoveToColdStorageAt", epoch(p.created.plus(java.time.Duration.ofDays(p.coldAfter))));
            if (p.deleteAfter != null) calculated.put("DeleteAt", epoch(p.created.plus(java.time.Duration.ofDays(p.deleteAfter))));
            m.put("CalculatedLifecycle", calculated);
        }
        if (p.planId != null) m.put("CreatedBy", Map.of("BackupPlanId", p.planId));
        return m;
    }

    private Object describePoint(Point p) {
        Map<String, Object> m = pointByVault(p);
        m.put("StorageClass", "WARM");
        return m;
    }

    /** Refused while a vault lock's minimum retention holds, as AWS refuses it. */
    private void deletePoint(Point p) {
        var vault = vault(p.region, p.vaultName);
        if (Boolean.TRUE.equals(vault.locked()) && vault.minRetentionDays() != null
                && p.created.plus(java.time.Duration.ofDays(vault.minRetentionDays())).isAfter(Instant.now())) {
            throw new ContractError("InvalidRequestException", "Vault " + p.vaultName + " is locked: the recovery point is within its minimum retention");
        }
        dynamo(p.region).deleteBackup(b -> b.backupArn(p.nativeBackupArn));
        points.remove(p.arn);
    }

    // ---- moto

    private software.amazon.awssdk.services.backup.model.DescribeBackupVaultResponse vault(String region, String name) {
        try {
            BackupClient backup = backup(region);
            return backup.describeBackupVault(b -> b.backupVaultName(name));
        } catch (software.amazon.awssdk.services.backup.model.BackupException e) {
            throw new ContractError("ResourceNotFoundException", "Backup vault " + name + " not found in " + region);
        }
    }

    private void plan(String region, String planId) {
        try {
            BackupClient backup = backup(region);
            backup.getBackupPlan(b -> b.backupPlanId(planId));
        } catch (software.amazon.awssdk.services.backup.model.BackupException e) {
            throw new ContractError("ResourceNotFoundException", "Backup plan " + planId + " not found in " + region);
        }
    }

    private boolean[] settings(String region) {
        // DynamoDB opted in; advanced DynamoDB backup off until turned on (as for older accounts)
        return regionSettings.computeIfAbsent(region, r -> new boolean[]{true, false});
    }

    private final Map<String, DynamoDbClient> dynamoClients = new ConcurrentHashMap<>();
    private final Map<String, BackupClient> backupClients = new ConcurrentHashMap<>();

    /** Fixture clients to moto, one per region, kept for the test JVM. */
    private DynamoDbClient dynamo(String region) {
        return dynamoClients.computeIfAbsent(region, r -> DynamoDbClient.builder().endpointOverride(moto).region(Region.of(r)).credentialsProvider(CREDENTIALS).build());
    }

    private BackupClient backup(String region) {
        return backupClients.computeIfAbsent(region, r -> BackupClient.builder().endpointOverride(moto).region(Region.of(r))
                .credentialsProvider(CREDENTIALS).build());
    }

    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));

    static String vaultArn(String region, String vault) {
        return "arn:aws:backup:" + region + ":" + ACCOUNT + ":backup-vault:" + vault;
    }

    static double epoch(Instant t) {
        return t.toEpochMilli() / 1000.0;
    }

    private static Map<String, Object> pick(Map<String, Object> from, String... keys) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String k : keys) if (from.get(k) != null) m.put(k, from.get(k));
        return m;
    }
}
