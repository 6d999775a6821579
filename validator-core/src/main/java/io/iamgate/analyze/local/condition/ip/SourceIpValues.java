package io.iamgate.analyze.local.condition.ip;

import io.iamgate.analyze.local.condition.ConditionKeys;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionOperator;
import io.iamgate.model.ConditionValue;
import io.iamgate.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ranges of an aws:SourceIp condition, split into private and public. aws:SourceIp carries the public
 * address a request came from; requests through a VPC endpoint carry aws:VpcSourceIp instead, so private
 * ranges under aws:SourceIp never match.
 */
record SourceIpValues(List<Location> privateValues, int publicCount) {

    /** The split for an IpAddress (negated=false) or NotIpAddress (negated=true) aws:SourceIp entry. */
    static Optional<SourceIpValues> of(ConditionEntry entry, boolean negated) {
        ConditionOperator op = entry.operator();
        if (op.family() != ConditionOperator.Family.IP_ADDRESS
                || op.base().negated() != negated
                || !ConditionKeys.is(entry.key(), "aws:SourceIp")) {
            return Optional.empty();
        }
        List<Location> priv = new ArrayList<>();
        int pub = 0;
        for (ConditionValue v : entry.values()) {
            Optional<IpRange> range = v.isString() ? IpRange.parse(v.text()) : Optional.empty();
            if (range.isEmpty()) {
                continue;
            }
            if (range.get().isPrivate()) {
                priv.add(v.location());
            } else {
                pub++;
            }
        }
        return priv.isEmpty() ? Optional.empty() : Optional.of(new SourceIpValues(priv, pub));
    }
}
