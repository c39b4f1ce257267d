/**
 * The as-of slider and its Play button. The slider's stops are the days of the selected party's
 * or initiative's dated events, oldest first, and then "today"; moving it sets the view's asOf
 * (so the day is in the URL like every filter). Play walks the stops one by one, waiting for each
 * day's network to be drawn before the next: the alliance grows on screen, event by event.
 */
import type { DatedEvent } from "./api";
import { byId } from "./dom";
import { formatDate } from "./format";

export interface TimeBarOptions {
  /** Shows the network as of `day` (undefined: today). */
  onDay: (day: string | undefined) => void;
  /** Resolves once the view asked for by the last onDay has loaded. */
  whenDrawn: () => Promise<void>;
}

const PLAY_PAUSE_MS = 700;

export class TimeBar {
  private readonly slider = byId<HTMLInputElement>("day");
  private readonly label = byId<HTMLOutputElement>("day-label");
  private readonly play = byId<HTMLButtonElement>("play");
  private stops: string[] = [];
  private counts = new Map<string, number>();
  private playing = false;

  constructor(private readonly options: TimeBarOptions) {
    this.slider.addEventListener("input", () => this.showLabel(this.dayAt(Number(this.slider.value))));
    this.slider.addEventListener("change", () => this.options.onDay(this.dayAt(Number(this.slider.value))));
    this.play.addEventListener("click", () => (this.playing ? this.pause() : void this.start()));
    this.setEvents(null, undefined);
  }

  /** The events to step through (null: nothing selected that has any), and the day shown. */
  setEvents(events: DatedEvent[] | null, asOf: string | undefined): void {
    this.counts = new Map();
    for (const e of events ?? []) this.counts.set(e.date, (this.counts.get(e.date) ?? 0) + 1);
    this.stops = [...this.counts.keys()].sort();
    const usable = this.stops.length > 0;
    this.slider.disabled = !usable;
    this.play.disabled = !usable;
    this.slider.max = String(this.stops.length); // the last stop is today
    if (!usable) this.pause();
    this.sync(asOf);
    if (!usable)
      this.label.textContent = events ? "No dated events to step through" : "Select a party or an initiative";
  }

  /** Moves the slider to the view's day. */
  sync(asOf: string | undefined): void {
    const index = asOf ? this.stops.filter((d) => d <= asOf).length - 1 : this.stops.length;
    this.slider.value = String(Math.max(0, index));
    this.slider.setAttribute("aria-valuetext", asOf ? `as of ${formatDate(asOf)}` : "today");
    this.showLabel(asOf);
  }

  private dayAt(index: number): string | undefined {
    return index >= this.stops.length ? undefined : this.stops[index];
  }

  private showLabel(day: string | undefined): void {
    if (this.stops.length === 0) return;
    const events = day ? (this.counts.get(day) ?? 0) : 0;
    this.label.textContent = day
      ? `As of ${formatDate(day)}${events ? ` · ${events} event${events === 1 ? "" : "s"} that day` : ""}`
      : "Today (all events)";
  }

  private async start(): Promise<void> {
    this.playing = true;
    this.play.setAttribute("aria-pressed", "true");
    this.play.textContent = "⏸ Pause";
    // From the start, unless paused midway.
    let index = Number(this.slider.value);
    if (index >= this.stops.length) index = 0;
    while (this.playing && index <= this.stops.length) {
      this.slider.value = String(index);
      this.options.onDay(this.dayAt(index));
      await this.options.whenDrawn();
      await new Promise((resolve) => setTimeout(resolve, PLAY_PAUSE_MS));
      index += 1;
    }
    this.pause();
  }

  pause(): void {
    this.playing = false;
    this.play.setAttribute("aria-pressed", "false");
    this.play.textContent = "▶ Play";
  }

  get isPlaying(): boolean {
    return this.playing;
  }
}
