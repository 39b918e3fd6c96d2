/**
 * Runs one request per batch and gives the replies in batch order. The batches are handed to the client together:
 * its queue (maxInFlight) spaces them as the service's etiquette asks, instead of each waiting for the one before
 * to be answered and parsed.
 */
import { batches } from './wikimedia-http';

export function eachBatch<T, R>(items: T[], size: number, request: (batch: T[]) => Promise<R>): Promise<R[]> {
  return Promise.all(batches(items, size).map(request));
}
