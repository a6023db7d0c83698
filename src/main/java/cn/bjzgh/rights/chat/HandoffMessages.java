package cn.bjzgh.rights.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a worker is told, and whom to call, for each reason a conversation is handed over.
 */
final class HandoffMessages {

	static final Handoff.Hotline UNION = new Handoff.Hotline("12351", "职工维权服务热线", "工会法律咨询与维权帮助");

	static final Handoff.Hotline HRSS = new Handoff.Hotline("12333", "人力资源和社会保障服务热线", "咨询政策、投诉用人单位违法行为");

	static final Handoff.Hotline POLICE = new Handoff.Hotline("110", "报警电话", "人身安全受到威胁时");

	static final Handoff.Hotline AMBULANCE = new Handoff.Hotline("120", "急救电话", "有生命危险或受伤需要急救时");

	private HandoffMessages() {
	}

	static String message(String reason) {
		return switch (reason) {
			case "urgent-self-harm" -> "听起来你现在很难受。你的安全最重要：如果有危险，请马上拨打110或120，也请找身边信任的人陪着你。工会的工作人员也愿意帮你一起想办法。";
			case "urgent-threat" -> "如果人身安全受到威胁，请先离开危险的地方，必要时拨打110报警。之后可以联系工会，帮你依法维权。";
			case "urgent-injury" -> "受伤了先治疗，保存好病历、票据和事发经过的证据。单位应当在30天内申请工伤认定，单位不申请的，你本人或家属可以在1年内申请。可以马上联系工会帮忙。";
			case "urgent-mass-arrears" -> "很多工友一起被欠薪，建议尽快联系工会，并向劳动保障监察部门集体反映，保存好考勤、工资记录和聊天记录。";
			case "asked-for-person" -> "可以直接联系工会的工作人员，把下面的个案卡给他们看，能更快帮到你。";
			default -> "这个问题建议直接联系工会，由工作人员根据你的具体情况帮你分析。";
		};
	}

	/**
	 * What the handbooks should be searched for when a turn is handed over for this
	 * reason, so that the answer leads with the emergency (or with how to reach the
	 * union), not with the topic the conversation was on. Empty: the question's own
	 * passages.
	 */
	static Optional<String> situation(String reason) {
		return Optional.ofNullable(switch (reason) {
			case "urgent-threat" -> "老板扣着人不让走 打人 威胁 逼着干活";
			case "urgent-mass-arrears" -> "很多工友一起被欠薪 一起申请仲裁";
			case "asked-for-person" -> "怎么联系工会 找工会的人帮忙";
			default -> null;
		});
	}

	static List<Handoff.Hotline> hotlines(String reason) {
		List<Handoff.Hotline> lines = new ArrayList<>();
		if ("urgent-self-harm".equals(reason)) {
			lines.add(POLICE);
			lines.add(AMBULANCE);
		}
		else if ("urgent-threat".equals(reason)) {
			lines.add(POLICE);
		}
		lines.add(UNION);
		lines.add(HRSS);
		return lines;
	}

}
