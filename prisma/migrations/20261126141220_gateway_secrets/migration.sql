-- CreateTable
CREATE TABLE "GatewaySecret" (
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GatewaySecret_pkey" PRIMARY KEY ("name")
);
