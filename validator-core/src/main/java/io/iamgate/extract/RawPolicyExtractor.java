package io.iamgate.extract;

import io.iamgate.load.Node;
import io.iamgate.load.ParsedJson;
import io.iamgate.model.PolicyDocument;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.model.SourceMapping;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A file that is itself a policy document: a JSON object with a Statement. Its text is validated
 * verbatim, so spans are offsets into the file. A .json file that is not valid JSON is claimed too, so
 * that it becomes a JSON_SYNTAX_ERROR finding rather than a skipped file; so is any file the user
 * named explicitly with a policy type.
 */
public final class RawPolicyExtractor implements Extractor {

    @Override
    public Optional<List<PolicyUnit>> extract(SourceFile file, ExtractOptions options) {
        boolean forced = file.explicit() && options.policyType().isPresent();
        boolean jsonNamed = file.file().extension().equals("json");
        if (!forced && !jsonNamed && !file.looksLikeJson()) {
            return Optional.empty();
        }
        ParsedJson parsed = file.json();
        if (!parsed.isValid()) {
            // Broken JSON in a .json file (or any file named with --policy-type) is a finding, not a skip.
            if (!forced && !jsonNamed) {
                return Optional.empty();
            }
        } else if (!forced && !isPolicyDocument(parsed.root())) {
            return Optional.empty();
        }
        PolicyDocument document = PolicyDocument.of(parsed);
        PolicyType type = options.policyType()
                .orElseGet(() -> parsed.isValid() ? PolicyTypeDetector.detect(document) : PolicyType.IDENTITY_POLICY);
        String resourceType = options.resourceType()
                .orElseGet(() -> type == PolicyType.RESOURCE_POLICY
                        ? PolicyTypeDetector.detectResourceType(document).orElse(null)
                        : null);
        return Optional.of(List.of(new PolicyUnit(
                file.displayPath(), "", type, resourceType, document, SourceMapping.IDENTITY, List.of())));
    }

    /** A JSON object with a Statement member (any letter case, so a misspelt policy is still checked). */
    static boolean isPolicyDocument(Node root) {
        if (root instanceof Node.ObjectNode o) {
            return o.members().stream()
                    .anyMatch(m -> m.name().toLowerCase(Locale.ROOT).equals("statement"));
        }
        return false;
    }
}
