package io.iamgate.load;

import java.util.Arrays;

/**
 * Turns character offsets into positions the way Access Analyzer counts them: line = 1 + number of
 * '\n' before the offset, column = characters since the last '\n'.
 */
public final class SourceLines {

    private final int[] lineStarts;

    public SourceLines(CharSequence text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    public Position position(int offset) {
        int idx = Arrays.binarySearch(lineStarts, offset);
        int line = idx >= 0 ? idx : -idx - 2;
        return new Position(line + 1, offset - lineStarts[line], offset);
    }

    public Span span(int start, int end) {
        return new Span(position(start), position(end));
    }
}
