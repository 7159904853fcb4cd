import { randomInt, type Random } from '../kernel/ports'
import { LEFT, RIGHT } from './names-data'

export { LEFT, RIGHT } from './names-data'

/** namesgenerator.GetRandomName: "adjective_surname", plus one random digit when retrying. */
export function randomName(random: Random, retry: number): string {
  let name: string
  do {
    name = `${LEFT[randomInt(random, LEFT.length)]}_${RIGHT[randomInt(random, RIGHT.length)]}`
    // "Steve Wozniak is not boring": moby draws again.
  } while (name === 'boring_wozniak')
  return retry > 0 ? name + String(randomInt(random, 10)) : name
}

/**
 * The daemon's generateAndReserveName: up to 6 tries (the first without a digit, the rest with
 * one), then the 12-hex short ID. Names are returned without the leading "/" Docker stores.
 */
export function generateName(random: Random, taken: (name: string) => boolean, id: string): string {
  for (let i = 0; i < 6; i++) {
    const name = randomName(random, i)
    if (!taken(name)) return name
  }
  return id.slice(0, 12)
}
