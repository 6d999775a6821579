package io.iamgate.reference;

import java.util.List;

/** An AWS partition (aws, aws-cn, aws-us-gov, ...) and the Region codes in it. */
public record Partition(String id, List<String> regions) {

    public Partition {
        regions = List.copyOf(regions);
    }
}
