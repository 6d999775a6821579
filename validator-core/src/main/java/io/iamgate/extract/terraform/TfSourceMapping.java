package io.iamgate.extract.terraform;

import io.iamgate.extract.TemplateValue;
import io.iamgate.extract.TemplateValue.Arr;
import io.iamgate.extract.TemplateValue.Obj;
import io.iamgate.extract.TemplateValue.Str;
import io.iamgate.load.Node;
import io.iamgate.load.Position;
import io.iamgate.model.Location;
import io.iamgate.model.PathElement;
import io.iamgate.model.SourceMapping;
import java.util.List;
import java.util.Optional;

/**
 * Places a finding of a plan's policy on the .tf line that wrote it: the plan's document and the policy read from
 * the .tf file are walked side by side along the finding's path, and the finding lands on the deepest part the code
 * has. A list element is matched by its value, not its index, since the provider may reorder sets (the actions of
 * an aws_iam_policy_document), and a one-element list the provider wrote as a plain string matches its element.
 */
record TfSourceMapping(Optional<Node> plan, TemplateValue code, Position fallback) implements SourceMapping {

    @Override
    public Position filePosition(Location location) {
        Optional<Node> p = plan;
        TemplateValue c = code;
        Position best = fallback;
        List<PathElement> path = location.path().elements();
        for (PathElement step : path) {
            if (step instanceof PathElement.Value v && c instanceof Obj o) {
                Optional<TemplateValue.Field> f = o.fields().stream()
                        .filter(x -> x.name().equals(v.value()))
                        .findFirst();
                if (f.isEmpty()) {
                    break;
                }
                c = f.get().value();
                p = p.flatMap(n -> n instanceof Node.ObjectNode on ? on.get(v.value()) : Optional.empty());
            } else if (step instanceof PathElement.Key k && c instanceof Obj o) {
                Optional<TemplateValue.Field> f = o.fields().stream()
                        .filter(x -> x.name().equals(k.key()))
                        .findFirst();
                if (f.isPresent()) {
                    best = f.get().nameOrigin();
                }
                return best;
            } else if (step instanceof PathElement.Index i && c instanceof Arr a) {
                Optional<Node> element = p.flatMap(n -> n instanceof Node.ArrayNode an
                                && i.index() < an.elements().size()
                        ? Optional.of(an.elements().get(i.index()))
                        : Optional.empty());
                Optional<TemplateValue> match = element.filter(Node.StringNode.class::isInstance)
                        .flatMap(e -> a.items().stream()
                                .filter(x -> x instanceof Str s && s.value().equals(((Node.StringNode) e).value()))
                                .findFirst());
                if (match.isEmpty() && element.isPresent() && element.get() instanceof Node.StringNode) {
                    break; // a value the code does not write literally: its list is the best place
                }
                if (match.isEmpty() && i.index() >= a.items().size()) {
                    break;
                }
                c = match.orElseGet(() -> a.items().get(i.index()));
                p = element;
            } else {
                break;
            }
            best = c.origin();
        }
        if (c instanceof Arr a && p.isPresent() && p.get() instanceof Node.StringNode s) {
            // The provider wrote a one-element list as a string: the element is the place.
            best = a.items().stream()
                    .filter(x -> x instanceof Str str && str.value().equals(s.value()))
                    .findFirst()
                    .map(TemplateValue::origin)
                    .orElse(best);
        }
        return best;
    }
}
