package io.iamgate.extract.terraform;

import io.iamgate.extract.terraform.Hcl.Block;
import io.iamgate.extract.terraform.TerraformModule.TfFile;
import io.iamgate.model.CodeSuppression;
import io.iamgate.model.PolicyUnit;
import io.iamgate.model.SourceResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppressions written on a Terraform block: {@code # iamgate:ignore CODE reason} (or {@code //}) on the block's
 * first line or on the comment lines just above it. They accept that code (or {@code *}) for the findings of the
 * policies the block writes; a reason is required, as everywhere else.
 */
final class TerraformSuppressions {

    private static final Pattern IGNORE = Pattern.compile("^(?:#|//)\\s*iamgate:ignore\\s+(\\S+)(?:\\s+(.*))?$");

    private TerraformSuppressions() {}

    /** The suppressions on {@code block}; a comment without a reason is a note, never an acceptance. */
    static List<CodeSuppression> of(TfFile file, Block block, List<String> notes) {
        Map<Integer, String> byLine = new HashMap<>();
        file.parsed().comments().forEach(c -> byLine.put(c.line(), c.text().strip()));
        int first = block.span().start().line();
        List<Integer> lines = new ArrayList<>();
        lines.add(first);
        for (int l = first - 1; l >= 1 && byLine.containsKey(l); l--) {
            lines.add(l);
        }
        List<CodeSuppression> out = new ArrayList<>();
        for (int l : lines) {
            String text = byLine.get(l);
            Matcher m = text == null ? null : IGNORE.matcher(text);
            if (m == null || !m.matches()) {
                continue;
            }
            String reason = Optional.ofNullable(m.group(2)).map(String::strip).orElse("");
            if (reason.isEmpty()) {
                notes.add(file.displayPath() + ":" + l + ": iamgate:ignore " + m.group(1) + " has no reason, so it "
                        + "accepts nothing; write why after the code.");
                continue;
            }
            out.add(new CodeSuppression(m.group(1), reason, Optional.empty(), file.displayPath(), l));
        }
        return out;
    }

    /** The unit, held by the block at {@code address} with the suppressions written on it. */
    static PolicyUnit held(PolicyUnit unit, TfFile file, Block block, String address) {
        List<String> notes = new ArrayList<>();
        List<CodeSuppression> found = of(file, block, notes);
        List<String> names = new ArrayList<>(unit.resource().names());
        if (!names.contains(address)) {
            names.add(address);
        }
        List<String> allNotes = new ArrayList<>(unit.notes());
        allNotes.addAll(notes);
        SourceResource resource = new SourceResource(names, unit.resource().suppressions()).withSuppressions(found);
        return new PolicyUnit(
                unit.file(),
                unit.origin(),
                unit.policyType(),
                unit.resourceType(),
                unit.document(),
                unit.sourceMapping(),
                allNotes,
                unit.sourceFindings(),
                resource);
    }
}
