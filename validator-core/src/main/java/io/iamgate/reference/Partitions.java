package io.iamgate.reference;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Partitions and Region codes, from the AWS SDK's partitions.json (pinned in
 * scripts/update-iam-reference), opt-in, GovCloud, China, ISO and European Sovereign Cloud Regions
 * included. Codes are compared exactly: AWS writes them in lowercase and a Region condition with
 * another spelling never matches.
 */
public final class Partitions {

    private final List<Partition> partitions;
    private final Map<String, Partition> byId;
    private final Map<String, Partition> byRegion;

    Partitions(List<Partition> partitions) {
        this.partitions = List.copyOf(partitions);
        Map<String, Partition> ids = new HashMap<>();
        Map<String, Partition> regions = new HashMap<>();
        for (Partition p : partitions) {
            ids.put(p.id(), p);
            p.regions().forEach(r -> regions.put(r, p));
        }
        this.byId = Map.copyOf(ids);
        this.byRegion = Map.copyOf(regions);
    }

    public Collection<Partition> all() {
        return partitions;
    }

    public Optional<Partition> partition(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean isPartition(String id) {
        return byId.containsKey(id);
    }

    public boolean isRegion(String code) {
        return byRegion.containsKey(code);
    }

    /** The partition a Region belongs to, e.g. aws-us-gov for us-gov-west-1. */
    public Optional<Partition> partitionOfRegion(String code) {
        return Optional.ofNullable(byRegion.get(code));
    }

    public Set<String> regions() {
        return byRegion.keySet();
    }
}
