package io.iamgate.analyze.local;

import io.iamgate.load.JsonSyntaxError;
import io.iamgate.load.Position;
import io.iamgate.load.Span;
import io.iamgate.model.ElementPath;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import io.iamgate.model.PolicyDocument;

/**
 * The text is not JSON. The engine runs this instead of the other checks, which need a tree. Points at
 * the character where the parser stopped.
 */
@CheckInfo(
        issueCode = "JSON_SYNTAX_ERROR",
        findingType = FindingType.ERROR,
        title = "JSON syntax error",
        anchor = "error-json-syntax-error")
public final class JsonSyntaxErrorCheck extends PolicyCheck {

    void report(PolicyDocument document, FindingSink out) {
        JsonSyntaxError error = document.syntaxError().orElseThrow();
        Position at = error.position();
        int end = Math.min(document.text().length(), at.offset() + 1);
        Span span = new Span(at, document.lines().position(end));
        out.report(finding(
                error.message() + " Fix the JSON syntax error at index " + at.offset() + " line " + at.line()
                        + " column " + at.column() + ".",
                new Location(ElementPath.ROOT, span)));
    }
}
