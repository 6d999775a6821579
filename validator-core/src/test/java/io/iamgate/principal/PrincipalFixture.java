package io.iamgate.principal;

import io.iamgate.extract.ExtractOptions;
import io.iamgate.extract.Extraction;
import io.iamgate.extract.SourceFile;
import io.iamgate.extract.cloudformation.CloudFormationExtractor;
import io.iamgate.load.LoadedFile;
import io.iamgate.reference.IamReference;
import io.iamgate.reference.ManagedPolicies;
import java.nio.file.Files;
import java.nio.file.Path;

/** Extracts a template as a run does and builds its principal model. */
public final class PrincipalFixture {

    private PrincipalFixture() {}

    public static Extraction extract(Path dir, String name, String template) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, template);
        return new CloudFormationExtractor()
                .extractAll(new SourceFile(new LoadedFile(file, name, template), false), ExtractOptions.DETECT)
                .orElseThrow();
    }

    public static PrincipalModel model(Path dir, String template) throws Exception {
        Extraction e = extract(dir, "stack.yaml", template);
        return new PrincipalModelBuilder(IamReference.bundled(), ManagedPolicies.bundled())
                .build(e.stacks(), e.units());
    }

    public static Principal principal(PrincipalModel model, String name) {
        return model.principals().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no principal " + name + " in " + model.principals()));
    }
}
