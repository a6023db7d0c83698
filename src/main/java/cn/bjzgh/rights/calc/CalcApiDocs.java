package cn.bjzgh.rights.calc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Describes {@code POST /api/calc/{name}} from the calculators' declarations: one input
 * schema per calculator (types, bounds, allowed values, labels, required fields), the
 * body as one of them, the names as the path's allowed values, and each calculator's
 * example. The API description cannot drift from what the check accepts.
 */
class CalcApiDocs implements OpenApiCustomizer {

	private final Calculators calculators;

	CalcApiDocs(Calculators calculators) {
		this.calculators = calculators;
	}

	@Override
	public void customise(OpenAPI openApi) {
		PathItem item = (openApi.getPaths() == null) ? null : openApi.getPaths().get("/api/calc/{name}");
		if (item == null || item.getPost() == null) {
			return;
		}
		List<Schema> inputs = new ArrayList<>();
		Map<String, Example> examples = new LinkedHashMap<>();
		for (Calculator<?> calculator : this.calculators.all()) {
			CalculatorSpec spec = calculator.spec();
			String schemaName = schemaName(spec);
			openApi.getComponents().addSchemas(schemaName, inputSchema(spec));
			inputs.add(new Schema<>().$ref("#/components/schemas/" + schemaName));
			examples.put(spec.name(),
					new Example().summary(spec.title() + " / " + spec.titleEn()).value(spec.example()));
		}
		Operation post = item.getPost();
		post.getParameters()
			.stream()
			.filter((p) -> "name".equals(p.getName()))
			.forEach((p) -> p
				.schema(new StringSchema()._enum(this.calculators.all().stream().map(Calculator::name).toList())));
		post.requestBody(new RequestBody().required(true)
			.description("所选计算器的输入，字段见各计算器的 schema / the chosen calculator's input")
			.content(new Content().addMediaType("application/json",
					new MediaType().schema(new Schema<>().oneOf(inputs)).examples(examples))));
	}

	static String schemaName(CalculatorSpec spec) {
		StringBuilder name = new StringBuilder();
		for (String part : spec.name().split("-")) {
			name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
		}
		return name.append("Input").toString();
	}

	static Schema<?> inputSchema(CalculatorSpec spec) {
		ObjectSchema schema = new ObjectSchema();
		schema.title(spec.title()).description(spec.description()).additionalProperties(Boolean.FALSE);
		for (Field field : spec.fields()) {
			schema.addProperty(field.name(), fieldSchema(field));
		}
		schema.required(spec.fields().stream().filter(Field::required).map(Field::name).toList());
		return schema;
	}

	private static Schema<?> fieldSchema(Field field) {
		Schema<?> schema = switch (field.type()) {
			case MONEY, NUMBER -> new NumberSchema().minimum(field.min()).maximum(field.max());
			case INTEGER -> new IntegerSchema().minimum(field.min()).maximum(field.max());
			case DATE -> new DateSchema();
			case BOOLEAN -> new BooleanSchema();
			case CHOICE -> new StringSchema()._enum(field.choices().stream().map(Field.Choice::value).toList());
		};
		String unit = field.unit().isEmpty() ? "" : "（" + field.unit() + "）";
		String help = field.help().isEmpty() ? "" : "。" + field.help();
		return schema.title(field.label()).description(field.label() + unit + " / " + field.labelEn() + help);
	}

}
