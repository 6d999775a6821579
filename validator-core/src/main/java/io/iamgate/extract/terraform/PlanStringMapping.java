package io.iamgate.extract.terraform;

import io.iamgate.load.Position;
import io.iamgate.load.SourceLines;
import io.iamgate.load.Span;
import io.iamgate.model.Location;
import io.iamgate.model.SourceMapping;

/**
 * Maps a position in a policy that is a JSON string value of a plan file to the plan's own line and column,
 * character by character through the string's escapes (a plan is usually one long line, so the column is
 * what tells two findings apart).
 */
final class PlanStringMapping implements SourceMapping {

    private final SourceLines planLines;
    private final int[] rawOffset;

    private PlanStringMapping(SourceLines planLines, int[] rawOffset) {
        this.planLines = planLines;
        this.rawOffset = rawOffset;
    }

    /** @param token the span of the string token (with its quotes) in the plan text */
    static PlanStringMapping of(String planText, SourceLines planLines, Span token) {
        int start = token.start().offset() + 1;
        int end = Math.max(start, token.end().offset() - 1);
        int[] map = new int[end - start + 1];
        int decoded = 0;
        int i = start;
        while (i < end) {
            map[decoded++] = i;
            if (planText.charAt(i) == '\\' && i + 1 < end) {
                i += planText.charAt(i + 1) == 'u' ? 6 : 2;
            } else {
                i++;
            }
        }
        map[decoded] = Math.min(i, end);
        int[] exact = new int[decoded + 1];
        System.arraycopy(map, 0, exact, 0, decoded + 1);
        return new PlanStringMapping(planLines, exact);
    }

    @Override
    public Position filePosition(Location location) {
        int offset = location.span().start().offset();
        int raw = rawOffset[Math.max(0, Math.min(offset, rawOffset.length - 1))];
        return planLines.position(raw);
    }
}
