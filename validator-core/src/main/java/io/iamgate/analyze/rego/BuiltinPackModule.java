package io.iamgate.analyze.rego;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.CodeSection;
import com.dylibso.chicory.wasm.types.CustomSection;
import com.dylibso.chicory.wasm.types.DataCountSection;
import com.dylibso.chicory.wasm.types.DataSection;
import com.dylibso.chicory.wasm.types.ElementSection;
import com.dylibso.chicory.wasm.types.ExportSection;
import com.dylibso.chicory.wasm.types.FunctionSection;
import com.dylibso.chicory.wasm.types.GlobalSection;
import com.dylibso.chicory.wasm.types.ImportSection;
import com.dylibso.chicory.wasm.types.MemorySection;
import com.dylibso.chicory.wasm.types.Section;
import com.dylibso.chicory.wasm.types.StartSection;
import com.dylibso.chicory.wasm.types.TableSection;
import com.dylibso.chicory.wasm.types.TypeSection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The built-in pack's wasm module description (types, imports, exports, memory, data), which instances are
 * made from; the function bodies run as the JVM classes the Chicory compiler generated at build time.
 *
 * <p>Read once per process, like the generated {@code BuiltinPolicyModule.load()} would, but without its two
 * per-run costs: validating every function (the build's compiler already validated the module to compile
 * it) and a SHA-256 digest that only keys Chicory caches iamgate does not use. Together they were about
 * 40 ms of a one-file run, which waits for the first instance.
 */
final class BuiltinPackModule {

    private static final String RESOURCE = "BuiltinPolicyModule.meta";

    private BuiltinPackModule() {}

    static WasmModule get() {
        return Holder.MODULE;
    }

    private static final class Holder {
        static final WasmModule MODULE = read();
    }

    private static WasmModule read() {
        try (InputStream in = BuiltinPackModule.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "the built-in Rego pack's " + RESOURCE + " is missing from the jar; rebuild iamgate");
            }
            WasmModule.Builder module = WasmModule.builder().withValidation(false);
            Parser.builder().withValidation(false).build().parse(in, section -> add(module, section));
            return module.build();
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in Rego pack's " + RESOURCE + " could not be read", e);
        }
    }

    private static void add(WasmModule.Builder module, Section section) {
        if (section instanceof TypeSection s) {
            module.setTypeSection(s);
        } else if (section instanceof ImportSection s) {
            module.setImportSection(s);
        } else if (section instanceof FunctionSection s) {
            module.setFunctionSection(s);
        } else if (section instanceof TableSection s) {
            module.setTableSection(s);
        } else if (section instanceof MemorySection s) {
            module.setMemorySection(s);
        } else if (section instanceof GlobalSection s) {
            module.setGlobalSection(s);
        } else if (section instanceof ExportSection s) {
            module.setExportSection(s);
        } else if (section instanceof StartSection s) {
            module.setStartSection(s);
        } else if (section instanceof ElementSection s) {
            module.setElementSection(s);
        } else if (section instanceof CodeSection s) {
            module.setCodeSection(s);
        } else if (section instanceof DataSection s) {
            module.setDataSection(s);
        } else if (section instanceof DataCountSection s) {
            module.setDataCountSection(s);
        } else if (section instanceof CustomSection s) {
            module.addCustomSection(s.name(), s);
        } else {
            // A section this reader does not know (a newer Chicory's): refuse rather than drop it.
            throw new IllegalStateException("the built-in Rego pack's module has a section of id " + section.sectionId()
                    + " that iamgate does not read; rebuild iamgate with the Chicory version of its pom");
        }
    }
}
