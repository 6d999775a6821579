package io.iamgate.extract.terraform;

import io.iamgate.extract.terraform.Hcl.Block;
import io.iamgate.extract.terraform.Hcl.Expr;
import io.iamgate.load.RepositoryRoot;
import io.iamgate.load.SourceLines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The .tf files of one directory (one Terraform module), read with {@link HclReader}: its resources and data
 * sources by address, its variables' defaults and its locals. A file is read only when it is inside the repository
 * root; a file that cannot be read is a note, not a failure.
 */
public final class TerraformModule {

    /** One .tf file: how reports name it, its lines and what it holds. */
    public record TfFile(String displayPath, SourceLines lines, HclReader.HclFile parsed) {}

    /** A resource or data block and the file it is in. */
    public record Located(TfFile file, Block block) {}

    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    private static final int MAX_FILES = 2_000;

    private final List<TfFile> files;
    private final Map<String, Located> blocks = new HashMap<>();
    private final Map<String, Expr> variables = new HashMap<>();
    private final Map<String, Expr> locals = new HashMap<>();
    private final List<String> notes = new ArrayList<>();

    private TerraformModule(List<TfFile> files, List<String> notes) {
        this.files = List.copyOf(files);
        this.notes.addAll(notes);
        for (TfFile f : files) {
            this.notes.addAll(f.parsed().notes());
            for (Block b : f.parsed().body().blocks()) {
                switch (b.type()) {
                    case "resource" -> {
                        if (b.labels().size() == 2) {
                            blocks.putIfAbsent(
                                    b.labels().get(0) + "." + b.labels().get(1), new Located(f, b));
                        }
                    }
                    case "data" -> {
                        if (b.labels().size() == 2) {
                            blocks.putIfAbsent(
                                    "data." + b.labels().get(0) + "."
                                            + b.labels().get(1),
                                    new Located(f, b));
                        }
                    }
                    case "variable" -> {
                        if (b.labels().size() == 1) {
                            b.body()
                                    .attribute("default")
                                    .ifPresent(d ->
                                            variables.putIfAbsent(b.labels().get(0), d.value()));
                        }
                    }
                    case "locals" -> b.body().attributes().forEach(a -> locals.putIfAbsent(a.name(), a.value()));
                    default -> {}
                }
            }
        }
    }

    /** A module of files already read (the file under check and its neighbours). */
    public static TerraformModule of(List<TfFile> files) {
        return new TerraformModule(files, List.of());
    }

    public static TfFile parse(String displayPath, String text) {
        return new TfFile(displayPath, new SourceLines(text), HclReader.read(text, displayPath));
    }

    /**
     * The .tf files directly in {@code directory}, named for reports as {@code displayDirectory/name}; those outside
     * {@code root} (through a link) are not read.
     */
    public static TerraformModule read(Path directory, String displayDirectory, RepositoryRoot root) {
        List<TfFile> files = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!root.contains(directory) || !Files.isDirectory(directory)) {
            return new TerraformModule(files, notes);
        }
        List<Path> found;
        try (Stream<Path> list = Files.list(directory)) {
            found = list.filter(p -> p.getFileName().toString().endsWith(".tf"))
                    .sorted()
                    .limit(MAX_FILES)
                    .toList();
        } catch (IOException e) {
            notes.add(displayDirectory + ": the .tf files could not be listed (" + e.getMessage() + ").");
            return new TerraformModule(files, notes);
        }
        for (Path p : found) {
            String display = (displayDirectory.isEmpty() ? "" : displayDirectory + "/") + p.getFileName();
            try {
                if (!root.contains(p) || !Files.isRegularFile(p) || Files.size(p) > MAX_FILE_BYTES) {
                    notes.add(display + " is not read (outside the repository root, not a regular file, or larger "
                            + "than 4 MiB).");
                    continue;
                }
                files.add(parse(display, Files.readString(p, StandardCharsets.UTF_8)));
            } catch (IOException | java.io.UncheckedIOException e) {
                notes.add(display + " could not be read (" + e.getMessage() + ").");
            }
        }
        return new TerraformModule(files, notes);
    }

    public List<TfFile> files() {
        return files;
    }

    /** A resource ({@code aws_iam_role.app}) or data source ({@code data.aws_iam_policy_document.x}) block. */
    public Optional<Located> block(String address) {
        return Optional.ofNullable(blocks.get(address));
    }

    public Optional<Expr> variableDefault(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    public Optional<Expr> local(String name) {
        return Optional.ofNullable(locals.get(name));
    }

    /** What could not be read. */
    public List<String> notes() {
        return List.copyOf(notes);
    }
}
