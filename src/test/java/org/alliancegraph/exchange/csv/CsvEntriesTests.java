package org.alliancegraph.exchange.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.alliancegraph.exchange.importing.ImportProgress;
import org.alliancegraph.exchange.importing.ImportSection;
import org.alliancegraph.partnership.MemberRequest;
import org.alliancegraph.partnership.PartnershipRequest;
import org.alliancegraph.web.InputError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV reading on its own, without a database: partnerships joined with their members whatever the order of the
 * rows and however many buckets the join uses, each entry at its lines, read the same on every pass.
 */
class CsvEntriesTests {

	/** Members listed in an order unrelated to the partnerships', the first member of x3 far below. */
	private static final String PARTNERSHIPS = """
			id,type,start
			x1,GRANT,2020-01-01
			x2,GRANT,2021-01-01
			x3,GRANT,2022-01-01
			""";

	private static final String MEMBERS = """
			partnership;actor;role
			x3;a5;LEAD
			x1;a1;LEAD
			x2;a3;LEAD
			x9;a1;LEAD
			x1;a2;PARTNER
			x3;a6;BOSS
			x2;a4;PARTNER
			""";

	@Test
	void shouldJoinEachPartnershipWithItsMembersWhateverTheBuckets() throws IOException {
		for (long bucketBytes : new long[] { 1 << 20, 16, 1 }) {
			try (CsvEntries csv = new CsvEntries(sources(), ImportProgress.NONE, bucketBytes)) {
				assertThat(csv.prepare()).isEmpty();
				Map<String, List<String>> members = new TreeMap<>();
				read(csv).forEach(x -> members.put(x.id(), x.members().stream().map(MemberRequest::actor).toList()));

				assertThat(members).as("%d bytes a bucket", bucketBytes)
					.containsExactlyEntriesOf(new TreeMap<>(Map.of("x1", List.of("a1", "a2"), "x2", List.of("a3", "a4"),
							"x3", List.of("a5", "a6"))));
			}
		}
	}

	@Test
	void shouldPlaceAMemberErrorAtItsOwnLineAndAnOrphanMemberToo() throws IOException {
		try (CsvEntries csv = new CsvEntries(sources(), ImportProgress.NONE, 1)) {
			csv.prepare();
			List<CsvError> placed = new ArrayList<>();
			csv.read(ImportSection.PARTNERSHIPS, 2, chunk -> {
				placed.addAll(chunk.readErrors());
				for (int i = 0; i < chunk.entries().size(); i++) {
					PartnershipRequest x = chunk.entries().get(i);
					int k = x.members().stream().map(MemberRequest::role).toList().indexOf("BOSS");
					placed.add(chunk.locate().apply(new InputError("partnerships[" + i + "].id", x.id(), "id")));
					if (k >= 0) {
						placed.add(chunk.locate()
							.apply(new InputError("partnerships[" + i + "].members[" + k + "].role", "BOSS", "rôle")));
					}
				}
			});

			assertThat(placed).extracting(CsvError::path)
				.containsExactlyInAnyOrder("partnerships.csv:2:id", "partnerships.csv:3:id", "partnerships.csv:4:id",
						"partnership_members.csv:7:role", "partnership_members.csv:5:partnership");
		}
	}

	@Test
	void shouldCountEachRowReadOnceWhateverThePasses() throws IOException {
		AtomicLong rows = new AtomicLong();
		ImportProgress progress = new ImportProgress() {
			@Override
			public void read(long n) {
				rows.addAndGet(n);
			}
		};
		try (CsvEntries csv = new CsvEntries(sources(), progress, 16)) {
			csv.prepare();
			List<PartnershipRequest> first = read(csv);
			List<PartnershipRequest> second = read(csv);
			csv.read(ImportSection.ACTORS, 10, chunk -> {
			});
			csv.read(ImportSection.ACTORS, 10, chunk -> {
			});

			assertThat(second).isEqualTo(first);
			assertThat(rows.get()).isEqualTo(3 + 7 + 2);
		}
	}

	private static List<PartnershipRequest> read(CsvEntries csv) throws IOException {
		List<PartnershipRequest> read = new ArrayList<>();
		csv.read(ImportSection.PARTNERSHIPS, 2, chunk -> read.addAll(chunk.entries()));
		return read;
	}

	private static CsvSources sources() {
		Map<CsvFile, String> files = new EnumMap<>(CsvFile.class);
		files.put(CsvFile.ACTORS, "\uFEFFid,name,sector,locatedIn\na1,Un,COMPANY,T1\na2,Deux,COMPANY,T1\n");
		files.put(CsvFile.PARTNERSHIPS, PARTNERSHIPS);
		files.put(CsvFile.PARTNERSHIP_MEMBERS, MEMBERS);
		return new CsvSources() {
			@Override
			public Set<CsvFile> files() {
				return files.keySet();
			}

			@Override
			public InputStream open(CsvFile file) {
				return new ByteArrayInputStream(files.get(file).getBytes(StandardCharsets.UTF_8));
			}

			@Override
			public long size(CsvFile file) {
				return files.get(file).getBytes(StandardCharsets.UTF_8).length;
			}
		};
	}
}
