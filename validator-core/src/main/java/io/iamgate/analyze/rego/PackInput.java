package io.iamgate.analyze.rego;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamgate.model.PolicyUnit;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a user rule pack sees for one policy unit, shaped as conftest shapes it for a policy JSON file:
 * {@code input} is the policy document itself ({@code input.Statement}); the unit's metadata lies beside it in
 * {@code data.iamgate.unit} ({@code policyType, resourceType, origin, file}); {@code data.conftest.file} holds
 * {@code name} and {@code dir} of the file the unit came from, as conftest sets them (base name, absolute directory).
 */
record PackInput(JsonNode document, ObjectNode unit, ObjectNode conftestFile) {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Empty when the policy text is not JSON (its syntax error is reported elsewhere). */
    static Optional<PackInput> of(PolicyUnit unit, Path workingDirectory) {
        return unit.document().root().map(root -> {
            ObjectNode meta = JSON.objectNode();
            meta.put("policyType", unit.policyType().name());
            meta.put("resourceType", unit.effectiveResourceType());
            meta.put("origin", unit.origin());
            meta.put("file", unit.file());
            // conftest: filepath.Abs of the path it read, split into Base and Dir.
            Path abs = workingDirectory.toAbsolutePath().resolve(unit.file()).normalize();
            ObjectNode file = JSON.objectNode();
            file.put("name", abs.getFileName() == null ? "" : abs.getFileName().toString());
            file.put(
                    "dir",
                    abs.getParent() == null ? abs.toString() : abs.getParent().toString());
            return new PackInput(RegoInput.json(root), meta, file);
        });
    }

    /** One element of a batch: {@code {"document", "unit", "file"}}, unwrapped again by the engines' query. */
    ObjectNode toJson() {
        ObjectNode out = JSON.objectNode();
        out.set("document", document);
        out.set("unit", unit);
        out.set("file", conftestFile);
        return out;
    }
}
