// The date slider (one step per month, the last step is today), the play button that walks through the
// years, and a sparkline of the number of ties per year (the trajectory).

import { $ } from './dom.js';
import { t, formatDate, formatNumber } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';

export function todayIso() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function endOfMonth(year, month) {
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class Timeline {
  /** {@code onChange(iso)} returns a promise that resolves once the network of that date is drawn. */
  constructor({ onChange, onStop = () => {} }) {
    this.onChange = onChange;
    this.onStop = onStop;
    this.slider = $('#date-slider');
    this.output = $('#date-output');
    this.input = $('#date-input');
    this.play = $('#play');
    this.sparkline = $('#sparkline');
    this.ticks = $('#year-ticks');
    this.today = todayIso();
    this.startYear = Number(this.today.slice(0, 4)) - 8;
    this.points = [];
    this.playing = false;
    this.value = this.today;
    this.slider.addEventListener('input', () => this.showValue(this.dateAt(Number(this.slider.value))));
    this.slider.addEventListener('change', () => this.commit(this.dateAt(Number(this.slider.value))));
    this.slider.addEventListener('keydown', (event) => {
      if (event.key === 'PageUp' || event.key === 'PageDown') {
        event.preventDefault();
        const next = Number(this.slider.value) + (event.key === 'PageUp' ? 12 : -12);
        this.slider.value = String(Math.max(0, Math.min(Number(this.slider.max), next)));
        this.commit(this.dateAt(Number(this.slider.value)));
      }
    });
    this.input.max = this.today;
    this.input.addEventListener('change', () => {
      if (/^\d{4}-\d{2}-\d{2}$/.test(this.input.value)) this.commit(this.input.value);
    });
    $('#date-today').addEventListener('click', () => this.commit(this.today));
    this.play.addEventListener('click', () => (this.playing ? this.stop() : this.start()));
    new ResizeObserver(() => this.drawSparkline()).observe(this.sparkline);
  }

  months() {
    const [y, m] = this.today.split('-').map(Number);
    return (y - this.startYear) * 12 + (m - 1);
  }

  /** Slider step {@code i}: the end of the i-th month after January of the first year; the last is today. */
  dateAt(i) {
    if (i >= this.months()) return this.today;
    return endOfMonth(this.startYear + Math.floor(i / 12), i % 12);
  }

  indexOf(iso) {
    const [y, m] = iso.split('-').map(Number);
    return Math.max(0, Math.min(this.months(), (y - this.startYear) * 12 + (m - 1)));
  }

  /** The trajectory: [{at, tieCount, actorCount}] by year; the slider starts the year before the first tie. */
  setTrajectory(points) {
    this.points = points || [];
    const first = this.points.find((p) => (p.tieCount ?? 0) > 0);
    if (first) this.startYear = Math.min(Number(first.at.slice(0, 4)) - 1, Number(this.today.slice(0, 4)) - 1);
    this.slider.max = String(this.months());
    this.input.min = `${this.startYear}-01-01`;
    this.set(this.value);
    this.drawTicks();
    this.drawSparkline();
  }

  set(iso) {
    this.value = iso || this.today;
    if (this.value.slice(0, 4) < String(this.startYear)) {
      this.startYear = Number(this.value.slice(0, 4));
      this.slider.max = String(this.months());
      this.drawTicks();
      this.drawSparkline();
    }
    this.slider.value = String(this.value === this.today ? this.months() : this.indexOf(this.value));
    this.input.value = this.value;
    this.showValue(this.value);
  }

  showValue(iso) {
    this.output.textContent = iso === this.today ? t('timeline.todayLong', { date: formatDate(iso) }) : formatDate(iso);
    this.slider.setAttribute('aria-valuetext', this.output.textContent);
    this.drawMarker(iso);
  }

  async commit(iso) {
    this.set(iso);
    await this.onChange(iso === this.today ? '' : iso);
  }

  async start() {
    this.playing = true;
    this.play.setAttribute('aria-pressed', 'true');
    this.play.setAttribute('aria-label', t('timeline.pause'));
    this.play.classList.add('playing');
    let index = Number(this.slider.value);
    if (index >= this.months()) index = 11; // from the end of the first year
    while (this.playing) {
      const iso = this.dateAt(index);
      const started = performance.now();
      await this.commit(iso);
      if (!this.playing || iso === this.today) break;
      await sleep(Math.max(0, 1100 - (performance.now() - started)));
      index = Math.min(this.months(), index + 12);
    }
    this.stop();
  }

  stop() {
    const wasPlaying = this.playing;
    this.playing = false;
    this.play.setAttribute('aria-pressed', 'false');
    this.play.setAttribute('aria-label', t('timeline.play'));
    this.play.classList.remove('playing');
    if (wasPlaying) this.onStop();
  }

  drawTicks() {
    this.ticks.replaceChildren();
    const lastYear = Number(this.today.slice(0, 4));
    const span = lastYear - this.startYear + 1;
    const every = span > 14 ? 5 : span > 8 ? 2 : 1;
    for (let y = this.startYear; y <= lastYear; y++) {
      if ((y - this.startYear) % every) continue;
      const tick = document.createElement('span');
      tick.textContent = String(y);
      tick.style.left = `${(100 * this.indexOf(`${y}-01-01`)) / this.months()}%`;
      this.ticks.append(tick);
    }
  }

  drawSparkline() {
    const svg = this.sparkline;
    const width = svg.clientWidth || 300;
    const height = svg.clientHeight || 28;
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.replaceChildren();
    const points = this.points.filter((p) => p.at.slice(0, 4) >= String(this.startYear));
    if (points.length >= 2) {
      const max = Math.max(1, ...points.map((p) => p.tieCount ?? 0));
      const x = (p) => (width * Math.min(this.months(), this.indexOf(p.at))) / this.months();
      const y = (p) => height - 2 - ((height - 4) * (p.tieCount ?? 0)) / max;
      const line = points.map((p) => `${x(p).toFixed(1)},${y(p).toFixed(1)}`).join(' ');
      const area = document.createElementNS(SVG, 'polygon');
      area.setAttribute('points', `${x(points[0]).toFixed(1)},${height} ${line} ${x(points[points.length - 1]).toFixed(1)},${height}`);
      area.setAttribute('class', 'spark-area');
      const poly = document.createElementNS(SVG, 'polyline');
      poly.setAttribute('points', line);
      poly.setAttribute('class', 'spark-line');
      const title = document.createElementNS(SVG, 'title');
      title.textContent = t('timeline.sparkline', { max: formatNumber(max) });
      svg.append(title, area, poly);
    }
    const marker = document.createElementNS(SVG, 'line');
    marker.setAttribute('class', 'spark-marker');
    marker.setAttribute('y1', '0');
    marker.setAttribute('y2', String(height));
    svg.append(marker);
    this.drawMarker(this.value);
  }

  drawMarker(iso) {
    const marker = this.sparkline.querySelector('.spark-marker');
    if (!marker) return;
    const width = this.sparkline.clientWidth || 300;
    const x = (width * (iso === this.today ? this.months() : this.indexOf(iso))) / this.months();
    marker.setAttribute('x1', x.toFixed(1));
    marker.setAttribute('x2', x.toFixed(1));
  }
}
