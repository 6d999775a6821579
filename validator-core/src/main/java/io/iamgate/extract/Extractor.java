package io.iamgate.extract;

import io.iamgate.model.PolicyUnit;
import java.util.List;
import java.util.Optional;

/**
 * Finds the policies in one kind of file (raw policy JSON, CloudFormation, Terraform plan, CDK
 * assembly). Returns empty when the file is not of its kind, so the next extractor can look.
 */
public interface Extractor {

    Optional<List<PolicyUnit>> extract(SourceFile file, ExtractOptions options) throws ExtractionException;

    /** The units with what the principal stage needs beside them (a template's resources); by default none. */
    default Optional<Extraction> extractAll(SourceFile file, ExtractOptions options) throws ExtractionException {
        return extract(file, options).map(units -> new Extraction(units, List.of()));
    }
}
