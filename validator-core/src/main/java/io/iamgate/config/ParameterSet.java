package io.iamgate.config;

import java.util.Map;
import java.util.Optional;

/**
 * CloudFormation parameter values given from outside the templates: for the templates a glob matches (from
 * {@code cloudformation.parameters} in .iamgate.yml), or for every template ({@code glob} empty: the
 * {@code --parameters} and {@code --template-configuration} flags). A value fills {@code Ref} and {@code Fn::Sub}
 * as a default does, and wins over it.
 */
public record ParameterSet(Optional<String> glob, Map<String, String> values) {

    public ParameterSet {
        values = Map.copyOf(values);
    }

    public static ParameterSet everyTemplate(Map<String, String> values) {
        return new ParameterSet(Optional.empty(), values);
    }
}
