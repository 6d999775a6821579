package io.iamgate.analyze.local.statement;

import io.iamgate.load.Node;
import io.iamgate.model.Location;
import io.iamgate.model.Statement;
import java.util.ArrayList;
import java.util.List;

/** The {@code []} values among a statement's named elements, located on the array token. */
final class EmptyArrays {

    private EmptyArrays() {}

    static List<Location> of(Statement statement, String... elements) {
        List<Location> out = new ArrayList<>(1);
        for (String element : elements) {
            statement.member(element).ifPresent(m -> {
                if (m.value() instanceof Node.ArrayNode a && a.elements().isEmpty()) {
                    out.add(new Location(statement.pathOf(element), a.span()));
                }
            });
        }
        return out;
    }
}
