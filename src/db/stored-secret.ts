import { randomBytes } from 'node:crypto';
import type { PrismaClient } from './generated/client.js';

/**
 * The secret named `name`, made at random (256 bits) by the first instance that asks and kept in
 * the database, so every instance and every restart uses the same one.
 */
export async function storedSecret(prisma: PrismaClient, name: string): Promise<string> {
  await prisma.gatewaySecret.createMany({ data: [{ name, value: randomBytes(32).toString('base64url') }], skipDuplicates: true });
  return (await prisma.gatewaySecret.findUniqueOrThrow({ where: { name } })).value;
}
