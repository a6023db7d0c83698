package cn.bjzgh.rights.calc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

import cn.bjzgh.rights.system.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * One input of a calculator, declared once: its name in the JSON body, type, labels,
 * unit, bounds, allowed values, help and example. The REST validation, {@code GET
 * /api/calc}, the LLM tool descriptions, the desk's forms and the offline chat's
 * questions for a missing number all read this declaration.
 *
 * @param name the JSON property and the input record's component
 * @param type what kind of value it takes
 * @param required whether a calculation needs it
 * @param label the Chinese label
 * @param labelEn the English label
 * @param unit 元, 小时, 天, 月 or 年; empty when none
 * @param min the smallest allowed number, or null
 * @param max the largest allowed number, or null
 * @param choices the allowed values of a {@link Type#CHOICE}, each with its Chinese label
 * @param help what to enter, in Chinese
 * @param example an example value, as it would appear in the JSON body
 * @param ask how the offline chat asks a worker for it, or null when it never asks
 */
public record Field(String name, Type type, boolean required, String label, String labelEn, String unit, BigDecimal min,
		BigDecimal max, List<Choice> choices, String help, Object example, String ask) {

	/** The kinds of input, with their JSON Schema type and the Java type they bind to. */
	public enum Type {

		/** An amount in 元. */
		MONEY("number", BigDecimal.class),
		/** A number with a unit (hours, years). */
		NUMBER("number", BigDecimal.class),
		/** A whole number. */
		INTEGER("integer", Integer.class),
		/** A date as YYYY-MM-DD. */
		DATE("string", LocalDate.class),
		/** Yes or no. */
		BOOLEAN("boolean", Boolean.class),
		/** One of {@link Field#choices()}. */
		CHOICE("string", String.class);

		private final String jsonType;

		private final Class<?> javaType;

		Type(String jsonType, Class<?> javaType) {
			this.jsonType = jsonType;
			this.javaType = javaType;
		}

		public String jsonType() {
			return this.jsonType;
		}

		public Class<?> javaType() {
			return this.javaType;
		}

	}

	/** An allowed value and its Chinese label. */
	public record Choice(String value, String label) {
	}

	private static final BigDecimal MAX_MONEY = new BigDecimal("10000000");

	public Field {
		choices = List.copyOf(choices);
	}

	/** An amount in 元: positive and below ten million unless narrowed. */
	public static Field money(String name, String label, String labelEn) {
		return new Field(name, Type.MONEY, false, label, labelEn, "元", new BigDecimal("0.01"), MAX_MONEY, List.of(), "",
				null, null);
	}

	public static Field number(String name, String label, String labelEn, String unit) {
		return new Field(name, Type.NUMBER, false, label, labelEn, unit, null, null, List.of(), "", null, null);
	}

	public static Field integer(String name, String label, String labelEn, String unit) {
		return new Field(name, Type.INTEGER, false, label, labelEn, unit, null, null, List.of(), "", null, null);
	}

	public static Field date(String name, String label, String labelEn) {
		return new Field(name, Type.DATE, false, label, labelEn, "", null, null, List.of(), "", null, null);
	}

	/**
	 * The date a wage is paid, which decides the Beijing minimum wage that applies (today
	 * when not given).
	 */
	public static Field wageDate() {
		return date("date", "发工资的日期", "date the wage is paid").help("用来确定适用的北京最低工资，不填按今天").example("2026-01-31");
	}

	public static Field yesNo(String name, String label, String labelEn) {
		return new Field(name, Type.BOOLEAN, false, label, labelEn, "", null, null, List.of(), "", null, null);
	}

	public static Field choice(String name, String label, String labelEn, List<Choice> choices) {
		return new Field(name, Type.CHOICE, false, label, labelEn, "", null, null, choices, "", null, null);
	}

	public Field asRequired() {
		return new Field(this.name, this.type, true, this.label, this.labelEn, this.unit, this.min, this.max,
				this.choices, this.help, this.example, this.ask);
	}

	public Field between(String min, String max) {
		return new Field(this.name, this.type, this.required, this.label, this.labelEn, this.unit,
				(min == null) ? null : new BigDecimal(min), (max == null) ? null : new BigDecimal(max), this.choices,
				this.help, this.example, this.ask);
	}

	public Field help(String help) {
		return new Field(this.name, this.type, this.required, this.label, this.labelEn, this.unit, this.min, this.max,
				this.choices, help, this.example, this.ask);
	}

	public Field example(Object example) {
		return new Field(this.name, this.type, this.required, this.label, this.labelEn, this.unit, this.min, this.max,
				this.choices, this.help, example, this.ask);
	}

	public Field ask(String ask) {
		return new Field(this.name, this.type, this.required, this.label, this.labelEn, this.unit, this.min, this.max,
				this.choices, this.help, this.example, ask);
	}

	/** The label with its unit, as a form shows it: 月工资（元）. */
	public String labelWithUnit() {
		return this.unit.isEmpty() ? this.label : this.label + "（" + this.unit + "）";
	}

	/**
	 * What a model is told about this input: label, unit, help and the allowed values.
	 */
	public String describe() {
		StringBuilder sb = new StringBuilder(labelWithUnit());
		if (!this.help.isEmpty()) {
			sb.append("。").append(this.help);
		}
		if (this.type == Type.DATE) {
			sb.append("。格式 YYYY-MM-DD");
		}
		if (!this.choices.isEmpty()) {
			sb.append("。取值：")
				.append(this.choices.stream()
					.map((c) -> c.value() + "（" + c.label() + "）")
					.collect(Collectors.joining("、")));
		}
		return sb.toString();
	}

	/**
	 * Checks one value of a JSON body against this declaration.
	 * @param value the value, or null when the body lacks it
	 * @throws InvalidInputException naming this field, in Chinese and English
	 */
	public void check(JsonNode value) {
		if (value == null || value.isNull()) {
			if (this.required) {
				throw invalid("请填写" + this.label, this.name + " is required");
			}
			return;
		}
		switch (this.type) {
			case MONEY, NUMBER, INTEGER -> checkNumber(value);
			case DATE -> checkDate(value);
			case BOOLEAN -> {
				if (!value.isBoolean()) {
					throw invalid(this.label + "只能填 true 或 false", this.name + " must be true or false");
				}
			}
			case CHOICE -> {
				List<String> allowed = this.choices.stream().map(Choice::value).toList();
				if (!value.isString() || !allowed.contains(value.asString())) {
					throw invalid(this.label + "只能是 " + String.join("、", allowed) + " 之一",
							this.name + " must be one of " + String.join(", ", allowed));
				}
			}
		}
	}

	private void checkNumber(JsonNode value) {
		if (!value.isNumber()) {
			throw invalid(this.label + "要填数字", this.name + " must be a number");
		}
		if (this.type == Type.INTEGER && !value.isIntegralNumber()) {
			throw invalid(this.label + "要填整数", this.name + " must be a whole number");
		}
		BigDecimal number = value.decimalValue();
		if (this.min != null && number.compareTo(this.min) < 0) {
			throw (this.min.signum() > 0 && this.min.compareTo(BigDecimal.ONE) < 0)
					? invalid(this.label + "必须大于0", this.name + " must be positive")
					: invalid(this.label + "不能小于 " + this.min.toPlainString(),
							this.name + " must be at least " + this.min.toPlainString());
		}
		if (this.max != null && number.compareTo(this.max) > 0) {
			throw invalid(this.label + "不能大于 " + this.max.toPlainString() + "，请检查",
					this.name + " must be at most " + this.max.toPlainString());
		}
	}

	private void checkDate(JsonNode value) {
		try {
			if (value.isString()) {
				LocalDate.parse(value.asString());
				return;
			}
		}
		catch (DateTimeParseException ex) {
			// reported below
		}
		throw invalid(this.label + "的格式应为 YYYY-MM-DD（例如 2025-03-10）", this.name + " must be a date as YYYY-MM-DD");
	}

	private InvalidInputException invalid(String zh, String en) {
		return new InvalidInputException(this.name, zh, en);
	}

}
