package io.iamgate.analyze.local;

import io.iamgate.model.Finding;

/** Where checks put their findings. */
@FunctionalInterface
public interface FindingSink {

    void report(Finding finding);
}
