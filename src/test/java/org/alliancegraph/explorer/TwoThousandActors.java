package org.alliancegraph.explorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

/**
 * An import document (API.md) with a custom territory of 40 "bassins" and 2,000 fictional actors tied by 3,000
 * partnerships, mostly inside a bassin, one in 25 reaching into the next bassin: the shape of a large
 * territory, for timing the explorer. Deterministic (fixed seed).
 */
final class TwoThousandActors {

	static final String TERRITORY = "TEST2000";

	static final int ACTORS = 2000;

	private static final int BASSINS = 40;

	private static final int PARTNERSHIPS = 3000;

	private static final String[] SECTORS = { "LOCAL_AUTHORITY", "STATE", "COMPANY", "SOCIAL_ECONOMY", "ASSOCIATION",
			"FOUNDATION", "EDUCATION_RESEARCH", "CITIZEN_INITIATIVE", "NETWORK", "MEDIA" };

	private static final int[] WEIGHTS = { 8, 2, 25, 8, 35, 2, 6, 8, 3, 3 };

	private TwoThousandActors() {
	}

	static String document() {
		Random random = new Random(20261126L);
		List<Map<String, Object>> territories = new ArrayList<>();
		territories.add(Map.of("code", TERRITORY, "name", "Territoire d'essai (2 000 acteurs)", "level", "CUSTOM",
				"partOf", List.of()));
		for (int b = 0; b < BASSINS; b++) {
			territories.add(Map.of("code", bassin(b), "name", "Bassin d'essai " + (b + 1), "level", "CUSTOM", "partOf",
					List.of(TERRITORY)));
		}
		List<Map<String, Object>> actors = new ArrayList<>();
		for (int i = 0; i < ACTORS; i++) {
			Map<String, Object> actor = new LinkedHashMap<>();
			actor.put("id", actor(i));
			actor.put("name", "Acteur d'essai " + (i + 1));
			actor.put("sector", sector(random));
			actor.put("locatedIn", bassin(i % BASSINS));
			actor.put("activeIn", List.of(bassin(i % BASSINS)));
			actors.add(actor);
		}
		List<Map<String, Object>> partnerships = new ArrayList<>();
		int perBassin = ACTORS / BASSINS;
		for (int k = 0; k < PARTNERSHIPS; k++) {
			int b = random.nextInt(BASSINS);
			int size = 2 + random.nextInt(3);
			Set<Integer> members = new LinkedHashSet<>();
			while (members.size() < size) {
				members.add(b + BASSINS * random.nextInt(perBassin));
			}
			if (k % 25 == 0) {
				members.add((b + 1) % BASSINS + BASSINS * random.nextInt(perBassin));
			}
			List<Map<String, Object>> memberList = new ArrayList<>();
			for (int m : members) {
				memberList.add(Map.of("actor", actor(m), "role", memberList.isEmpty() ? "LEAD" : "PARTNER"));
			}
			Map<String, Object> partnership = new LinkedHashMap<>();
			partnership.put("id", "test2000-p" + k);
			partnership.put("type", "SOCIETAL_INNOVATION");
			partnership.put("start", (2018 + random.nextInt(8)) + "-01-01");
			partnership.put("intensity", 1 + random.nextInt(3));
			partnership.put("members", memberList);
			partnerships.add(partnership);
		}
		return JsonMapper.builder().build().writeValueAsString(
				Map.of("territories", territories, "actors", actors, "partnerships", partnerships));
	}

	private static String bassin(int b) {
		return TERRITORY + "-" + (b + 1);
	}

	private static String actor(int i) {
		return "test2000-" + i;
	}

	private static String sector(Random random) {
		int total = 0;
		for (int w : WEIGHTS) {
			total += w;
		}
		int pick = random.nextInt(total);
		for (int s = 0; s < SECTORS.length; s++) {
			pick -= WEIGHTS[s];
			if (pick < 0) {
				return SECTORS[s];
			}
		}
		return SECTORS[SECTORS.length - 1];
	}
}
