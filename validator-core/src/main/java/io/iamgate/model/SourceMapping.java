package io.iamgate.model;

import io.iamgate.load.Position;

/**
 * Maps a location in the validated policy text to a position in the file the policy came from. For a raw
 * policy file the two are the same; for a policy embedded in a template the extractor knows where each
 * element of the policy stands in the template.
 */
@FunctionalInterface
public interface SourceMapping {

    SourceMapping IDENTITY = location -> location.span().start();

    Position filePosition(Location location);
}
