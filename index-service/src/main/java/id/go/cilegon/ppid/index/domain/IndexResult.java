package id.go.cilegon.ppid.index.domain;

import id.go.cilegon.ppid.contracts.index.IndexBand;
import id.go.cilegon.ppid.contracts.index.IndexComponent;
import java.util.List;

/**
 * The index computed from one period's measures.
 *
 * @param score      0–100, two decimals; null when there is not enough data
 * @param band       the Komisi Informasi band of the score; null without a score
 * @param enoughData whether a score could be given
 * @param components every component with its value (null without data), weight and whether it counted
 */
public record IndexResult(Double score, IndexBand band, boolean enoughData, List<IndexComponent> components) {}
