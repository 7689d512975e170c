package org.alliancegraph.territory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

import org.alliancegraph.neo4j.NameSearch;
import org.alliancegraph.web.InputErrors;
import org.alliancegraph.web.NotFoundException;
import org.alliancegraph.write.EntityKind;
import org.alliancegraph.write.EntityKind.Stored;
import org.alliancegraph.write.EntityWrites;
import org.alliancegraph.write.GraphWrites;
import org.alliancegraph.write.PendingKeys;
import org.alliancegraph.write.WriteOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Territories: lists and reads, and writes through the one write path ({@link EntityWrites}); what is particular
 * to territories is in {@link TerritoryValidation} and {@link TerritoryGraph}.
 */
@Service
public class TerritoryService {

	private final TerritoryRepository repository;

	private final TerritoryGraph graph;

	private final TerritoryValidation validation;

	private final GraphWrites transactions;

	private final EntityWrites<TerritoryRequest> writes;

	TerritoryService(TerritoryRepository repository, TerritoryGraph graph, TerritoryValidation validation,
			GraphWrites writes) {
		this.repository = repository;
		this.graph = graph;
		this.validation = validation;
		this.transactions = writes;
		this.writes = writes.of(new EntityKind<>("territory", TerritoryRequest.class, TerritoryGraph.KIND,
				"code", graph::stored, validation::validate, graph::write,
				graph::delete));
	}

	@Transactional(readOnly = true)
	public Page<TerritoryResponse> list(@Nullable String level, @Nullable String parent, @Nullable String q,
			Pageable pageable) {
		String typed = q == null || q.isBlank() ? null : q.strip();
		Page<String> codes = repository.findCodes(level, parent, typed, NameSearch.query(typed), pageable);
		Map<String, Stored<TerritoryRequest>> byCode = graph.stored(codes.getContent());
		return new PageImpl<>(codes.getContent().stream().map(code -> TerritoryResponse.of(byCode.get(code))).toList(),
				pageable, codes.getTotalElements());
	}

	/** The territories among {@code codes} that exist, by code, in one read. */
	@Transactional(readOnly = true)
	public Map<String, TerritoryResponse> byCodes(Collection<String> codes) {
		Map<String, TerritoryResponse> found = new HashMap<>();
		graph.stored(List.copyOf(codes)).forEach((code, stored) -> found.put(code, TerritoryResponse.of(stored)));
		return found;
	}

	@Transactional(readOnly = true)
	public TerritoryResponse get(String code) {
		// the write path's read (one query of the territory, its parents and indicators), not the mapping's, which
		// walks the hierarchy around it
		Stored<TerritoryRequest> stored = graph.stored(List.of(code)).get(code);
		if (stored == null) {
			throw new NotFoundException(TerritoryGraph.KIND, code);
		}
		return TerritoryResponse.of(stored);
	}

	@Transactional(readOnly = true)
	public boolean exists(String code) {
		return repository.existsById(code);
	}

	public TerritoryResponse create(TerritoryRequest request) {
		return writes.create(request, this::get);
	}

	/**
	 * Full replacement of an existing territory; the body's code, if any, must be the one of the address.
	 *
	 * @param ifMatch the version an {@code If-Match} header named, if any
	 */
	public TerritoryResponse update(String code, TerritoryRequest request, @Nullable Long ifMatch) {
		return writes.update(code, request, ifMatch, this::get);
	}

	/** See {@link EntityWrites#patch(String, UnaryOperator, Long, java.util.function.Function)}. */
	public TerritoryResponse patch(String code, UnaryOperator<TerritoryRequest> change, @Nullable Long ifMatch) {
		return writes.patch(code, change, ifMatch, this::get);
	}

	/** See {@link EntityWrites#restore(String, long, java.util.function.Function)}. */
	public TerritoryResponse restore(String code, long version) {
		return writes.restore(code, version, this::get);
	}

	/** Replaces the indicators of a territory, leaving the rest as it is. */
	public TerritoryResponse putIndicators(String code, Map<String, Double> indicators) {
		return transactions.write(() -> {
			TerritoryResponse current = get(code);
			return writes.update(code, new TerritoryRequest(code, current.name(), current.level(),
					current.population(), current.partOf(), indicators, null), null, this::get);
		});
	}

	/** See {@link TerritoryValidation#validate(List, PendingKeys, InputErrors, IntFunction)}. */
	public void validate(List<TerritoryRequest> requests, PendingKeys pending, InputErrors errors,
			IntFunction<InputErrors> errorsAt) {
		validation.validate(requests, pending, errors, errorsAt);
	}

	/** See {@link EntityWrites#upsertAll(List)}. */
	public List<WriteOutcome> upsertAll(List<TerritoryRequest> requests) {
		return writes.upsertAll(requests);
	}

	/** See {@link EntityWrites#upsertAll(List, Consumer)}. */
	public List<WriteOutcome> upsertAll(List<TerritoryRequest> requests, Consumer<TerritoryRequest> replaced) {
		return writes.upsertAll(requests, replaced);
	}

	/**
	 * Deletes a territory nobody references. With {@code cascade} (administrators), links from actors'
	 * fields of activity, projects' targets and sub-territories go with it; actors seated there still block,
	 * since an actor needs a seat.
	 *
	 * @param ifMatch the version an {@code If-Match} header named, if any
	 */
	public void delete(String code, boolean cascade, @Nullable Long ifMatch) {
		writes.delete(code, ifMatch, () -> {
			graph.delete(code, cascade);
			return null;
		});
	}
}
