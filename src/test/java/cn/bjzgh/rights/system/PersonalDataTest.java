package cn.bjzgh.rights.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "我的身份证号是110105199003071234，老板扣着不还|110105******** *** 4|1990030712",
					"身份证11010519900307123X|110105*********** X|19900307123", "电话13812345678找我|138****5678|12345678",
					"手机 +86 139-1234-5678|139****5678|1234-5678",
					"工资卡6222 0212 3456 7890 123|6222 **** **** 0123|0212 3456 7890",
					"卡号6217000012345678901|6217 **** **** 8901|000012345678" })
	void should_mask_id_phone_and_bank_numbers(String text, String expected, String gone) {
		String masked = PersonalData.mask(text);
		assertThat(masked.replace(" ", "")).contains(expected.replace(" ", ""));
		assertThat(masked).doesNotContain(gone);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "月薪8000，干了3年4个月", "2025年3月10日被辞退", "欠了我们12万元", "12351和12333" })
	void should_leave_ordinary_numbers_alone(String text) {
		assertThat(PersonalData.mask(text)).isEqualTo(text);
	}

}
