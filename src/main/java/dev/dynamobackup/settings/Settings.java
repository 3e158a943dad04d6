package dev.dynamobackup.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.ArrayList;
import java.util.List;

/**
 * What the app remembers between runs. Names, regions and window geometry only: no credential,
 * token or key is ever a field here. Unknown fields (from a newer version) are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class Settings {
    public WindowGeometry window = new WindowGeometry();
    public String lastConnectionId;
    public String lastRegion;
    public Theme theme = Theme.SYSTEM;
    /** Custom endpoints the user added (DynamoDB Local, moto, LocalStack). */
    public List<SavedEndpoint> endpoints = new ArrayList<>();
    /** Folders the user added to the Snapshots view (paths only). */
    public List<String> snapshotFolders = new ArrayList<>();

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class WindowGeometry {
        public double x = Double.NaN;
        public double y = Double.NaN;
        public double width = 1200;
        public double height = 760;
        public boolean maximized;
        public double dividerPosition = 0.58;
    }

    /** A custom endpoint and the region to sign requests for. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class SavedEndpoint {
        public String url;
        public String region;

        public SavedEndpoint() {
        }

        public SavedEndpoint(String url, String region) {
            this.url = url;
            this.region = region;
        }
    }
}
