package io.iamgate.extract;

import io.iamgate.load.Position;
import io.iamgate.model.ElementPath;
import io.iamgate.model.Location;
import io.iamgate.model.PathElement;
import io.iamgate.model.SourceMapping;
import java.util.List;
import java.util.Map;

/**
 * Maps a finding in a rendered policy back to the source file by its path: the position of the deepest
 * element on the path that the source knows (a value computed by an intrinsic maps to the intrinsic).
 */
public record PathSourceMapping(Map<ElementPath, Position> origins, Position fallback) implements SourceMapping {

    public PathSourceMapping {
        origins = Map.copyOf(origins);
    }

    @Override
    public Position filePosition(Location location) {
        List<PathElement> elements = location.path().elements();
        for (int n = elements.size(); n >= 0; n--) {
            if (n > 0 && elements.get(n - 1) instanceof PathElement.Substring) {
                continue;
            }
            Position p = origins.get(new ElementPath(elements.subList(0, n)));
            if (p != null) {
                return p;
            }
        }
        return fallback;
    }
}
