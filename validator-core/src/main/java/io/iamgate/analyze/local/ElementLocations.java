package io.iamgate.analyze.local;

import io.iamgate.load.Node.Member;
import io.iamgate.model.Location;
import io.iamgate.model.Statement;
import java.util.Optional;

/**
 * Locations of a statement's elements, in Access Analyzer's two shapes: the member's name ({@code {"key":..}},
 * for an element that must not be there) and its value ({@code {"value":..}}, for a value that is wrong).
 */
public final class ElementLocations {

    private ElementLocations() {}

    public static Optional<Location> key(Statement statement, String element) {
        return statement.member(element).map(m -> key(statement, m));
    }

    public static Location key(Statement statement, Member member) {
        return new Location(statement.path().key(member.name()), member.nameSpan());
    }

    public static Optional<Location> value(Statement statement, String element) {
        return statement
                .member(element)
                .map(m -> new Location(statement.pathOf(element), m.value().span()));
    }
}
