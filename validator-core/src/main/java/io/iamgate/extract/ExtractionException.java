package io.iamgate.extract;

/** A file of a known kind that cannot be read as that kind (e.g. a template whose YAML is broken). */
public class ExtractionException extends Exception {

    public ExtractionException(String message) {
        super(message);
    }
}
