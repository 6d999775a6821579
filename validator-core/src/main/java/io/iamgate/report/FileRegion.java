package io.iamgate.report;

import io.iamgate.load.Position;
import io.iamgate.load.Span;
import io.iamgate.model.Location;
import io.iamgate.model.PolicyUnit;
import java.util.OptionalInt;

/**
 * Where a finding stands in its file, as SARIF and GitHub annotations count: line and column 1-based,
 * the end exclusive. The end is known only when the policy's source mapping places it after the start
 * (a template mapping may place every point of an element at the element's start); otherwise absent.
 */
public record FileRegion(int startLine, int startColumn, OptionalInt endLine, OptionalInt endColumn) {

    public static FileRegion of(PolicyUnit unit, ReportedFinding rf) {
        int line = rf.line();
        int column = rf.column() + 1;
        if (rf.finding().locations().isEmpty()) {
            return new FileRegion(line, column, OptionalInt.empty(), OptionalInt.empty());
        }
        Location first = rf.finding().locations().get(0);
        Position end = first.span().end();
        Position mappedEnd = unit.sourceMapping().filePosition(new Location(first.path(), new Span(end, end)));
        boolean after = mappedEnd.line() > line || (mappedEnd.line() == line && mappedEnd.column() + 1 > column);
        if (!after) {
            return new FileRegion(line, column, OptionalInt.empty(), OptionalInt.empty());
        }
        return new FileRegion(line, column, OptionalInt.of(mappedEnd.line()), OptionalInt.of(mappedEnd.column() + 1));
    }
}
